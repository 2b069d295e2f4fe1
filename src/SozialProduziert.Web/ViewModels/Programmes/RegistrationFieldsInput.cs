using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Programmes;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Programmes;

/// <summary>
/// The facts of an interest registration, the same online and when staff record one. Selects post text keys,
/// so a tampered value gets a German message instead of the binder's.
/// </summary>
public class RegistrationFieldsInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen Ihres Unternehmens ein.")]
    [StringLength(200, ErrorMessage = "Der Name des Unternehmens darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Unternehmen")]
    public string? CompanyName { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie eine Ansprechperson an.")]
    [StringLength(200, ErrorMessage = "Der Name der Ansprechperson darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Ansprechperson")]
    public string? ContactPerson { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie eine E-Mail-Adresse ein.")]
    [StringLength(256, ErrorMessage = "Die E-Mail-Adresse darf höchstens {1} Zeichen lang sein.")]
    [MailAddress]
    [Display(Name = "E-Mail")]
    public string? Email { get; set; }

    [StringLength(50, ErrorMessage = "Die Telefonnummer darf höchstens {1} Zeichen lang sein.")]
    [PhoneNumber]
    [Display(Name = "Telefon")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie den Bezirk Ihres Unternehmens.")]
    [Display(Name = "Bezirk")]
    public int? DistrictId { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die Größe Ihres Unternehmens.")]
    [Display(Name = "Unternehmensgröße")]
    public string? CompanySize { get; set; }

    [Required(ErrorMessage = "Bitte beschreiben Sie in ein paar Sätzen Ihre Ideen oder Reststoffe.")]
    [StringLength(2000, ErrorMessage = "Bitte fassen Sie sich kürzer: höchstens {1} Zeichen.")]
    [Display(Name = "Ideen oder Reststoffe")]
    public string? Ideas { get; set; }

    public static IReadOnlyList<OptionViewModel> SizeOptions { get; } =
        Enum.GetValues<CompanySize>().Select(s => new OptionViewModel(s.UrlKey(), s.Label())).ToList();

    public CompanySize? CompanySizeValue => GermanLabels.FromUrlKey<CompanySize>(CompanySize, s => s.UrlKey());

    /// <summary>The checks attributes cannot make; <paramref name="districtExists"/> asks the database.</summary>
    public IEnumerable<(string Field, string Message)> Problems(Func<int, bool> districtExists)
    {
        ArgumentNullException.ThrowIfNull(districtExists);
        if (!string.IsNullOrWhiteSpace(CompanyName) && CompanyNames.Key(CompanyName).Length == 0)
        {
            yield return (nameof(CompanyName), "Bitte geben Sie den Namen Ihres Unternehmens mit Buchstaben oder Ziffern ein.");
        }

        if (DistrictId is { } district && !districtExists(district))
        {
            yield return (nameof(DistrictId), "Bitte wählen Sie einen Bezirk aus der Liste.");
        }

        if (!string.IsNullOrEmpty(CompanySize) && CompanySizeValue is null)
        {
            yield return (nameof(CompanySize), "Bitte wählen Sie eine Unternehmensgröße aus der Liste.");
        }
    }

    public RegistrationDetails ToDetails() => new(
        CompanyName!, ContactPerson!, Email!, Phone, DistrictId!.Value,
        CompanySizeValue ?? throw new InvalidOperationException("A validated registration has a size."), Ideas!);
}

/// <summary>The public form at /mitmachen: the facts plus the visitor's consent.</summary>
public sealed class InterestRegistrationInput : RegistrationFieldsInput
{
    public int ProgrammeId { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Bitte bestätigen Sie, dass wir Ihre Angaben für die Anmeldung speichern dürfen.")]
    [Display(Name = "Einwilligung")]
    public bool Consent { get; set; }
}
