using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Programmes;

/// <summary>
/// The programme form. Numbers and durations are bound as text so typos stay as typed and get German messages;
/// the registration period is entered as whole days in Vienna.
/// </summary>
public sealed class ProgrammeInput
{
    public int Id { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie den Namen des Programms ein.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    public string? Name { get; set; }

    [StringLength(Domain.Slug.MaxLength, ErrorMessage = "Die Adresse darf höchstens {1} Zeichen lang sein.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Die Adresse darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten.")]
    public string? Slug { get; set; }

    [StringLength(4000, ErrorMessage = "Die Beschreibung darf höchstens {1} Zeichen lang sein.")]
    public string? Description { get; set; }

    [StringLength(200, ErrorMessage = "Der Fördergeber darf höchstens {1} Zeichen lang sein.")]
    public string? FundingBody { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie die Zahl der Plätze ein.")]
    public string? Places { get; set; } = Programme.DefaultPlaces.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Display(Name = "Anmeldung ab")]
    public DateOnly? RegistrationFirstDay { get; set; }

    [Display(Name = "Anmeldung bis")]
    public DateOnly? RegistrationLastDay { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie die Stunden der Vor-Ort-Beratung ein (0, wenn es keine gibt).")]
    public string? OnSiteHours { get; set; } = QuarterHours.Format(Programme.DefaultOnSiteMinutes);

    [Required(ErrorMessage = "Bitte geben Sie die weiteren Beratungsstunden ein (0, wenn es keine gibt).")]
    public string? ConsultingHours { get; set; } = QuarterHours.Format(Programme.DefaultConsultingMinutes);

    public static ProgrammeInput From(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new ProgrammeInput
        {
            Id = programme.Id,
            Name = programme.Name,
            Slug = programme.Slug,
            Description = programme.Description,
            FundingBody = programme.FundingBody,
            Places = programme.Places.ToString(System.Globalization.CultureInfo.InvariantCulture),
            RegistrationFirstDay = RegistrationPeriod.FirstDay(programme.RegistrationOpensAt),
            RegistrationLastDay = RegistrationPeriod.LastDay(programme.RegistrationClosesAt),
            OnSiteHours = QuarterHours.Format(programme.OnSiteMinutes),
            ConsultingHours = QuarterHours.Format(programme.ConsultingMinutes),
        };
    }

    /// <summary>The checks attributes cannot make, as (field, German message).</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (!GermanWholeNumber.TryParse(Places, out var places) || places is not (>= 1 and <= 500))
        {
            yield return (nameof(Places), "Bitte geben Sie die Zahl der Plätze als ganze Zahl von 1 bis 500 ein.");
        }

        if ((RegistrationFirstDay is null) != (RegistrationLastDay is null))
        {
            yield return (RegistrationFirstDay is null ? nameof(RegistrationFirstDay) : nameof(RegistrationLastDay),
                "Bitte geben Sie für die Anmeldefrist beide Tage an – oder keinen, solange sie nicht feststeht.");
        }
        else if (RegistrationLastDay < RegistrationFirstDay)
        {
            yield return (nameof(RegistrationLastDay), "Der letzte Anmeldetag darf nicht vor dem ersten liegen.");
        }

        foreach (var (field, text, label) in new[] { (nameof(OnSiteHours), OnSiteHours, "Vor-Ort-Beratung"), (nameof(ConsultingHours), ConsultingHours, "Beratungsstunden") })
        {
            if (!QuarterHours.TryParse(text, out var minutes) || minutes > 200 * 60)
            {
                yield return (field, $"Bitte geben Sie die {label} in Stunden und Viertelstunden ein, z. B. 4 oder 10,5 (höchstens 200).");
            }
        }
    }

    public string SlugOrName() => string.IsNullOrWhiteSpace(Slug) ? Domain.Slug.From(Name) : Slug.Trim();

    public void ApplyTo(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        programme.Name = Name!.Trim();
        programme.Slug = SlugOrName();
        programme.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        programme.FundingBody = string.IsNullOrWhiteSpace(FundingBody) ? null : FundingBody.Trim();
        programme.Places = GermanWholeNumber.TryParse(Places, out var places) && places is { } number ? number : throw Unvalidated();
        programme.RegistrationOpensAt = RegistrationFirstDay is { } first ? RegistrationPeriod.OpensAt(first) : null;
        programme.RegistrationClosesAt = RegistrationLastDay is { } last ? RegistrationPeriod.ClosesAt(last) : null;
        programme.OnSiteMinutes = QuarterHours.TryParse(OnSiteHours, out var onSite) ? onSite : throw Unvalidated();
        programme.ConsultingMinutes = QuarterHours.TryParse(ConsultingHours, out var consulting) ? consulting : throw Unvalidated();
    }

    private static InvalidOperationException Unvalidated() => new("ApplyTo needs a form that passed Problems().");
}
