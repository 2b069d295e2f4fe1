using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.ViewModels.Inquiries;

/// <summary>"Bedarf melden": what a firm or public buyer needs, and how to reach them.</summary>
public sealed class NeedInput : ContactInput
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy", "d.M.yy", "dd.MM.yyyy"];

    /// <summary>The need kind by its URL key ("reststoffverwertung" …), bound as text for a German message on nonsense.</summary>
    [Required(ErrorMessage = "Bitte wählen Sie, worum es geht.")]
    [Display(Name = "Worum geht es?")]
    public string Kind { get; set; } = "";

    public OutputType? KindValue => GermanLabels.FromUrlKey<OutputType>(Kind, k => k.UrlKey());

    [Required(ErrorMessage = "Bitte beschreiben Sie Ihren Bedarf.")]
    [StringLength(4000, ErrorMessage = "Die Beschreibung darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Beschreibung")]
    public string Description { get; set; } = "";

    [StringLength(200, ErrorMessage = "Die Menge darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Menge")]
    public string? Quantity { get; set; }

    [StringLength(200, ErrorMessage = "Die Häufigkeit darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Häufigkeit")]
    public string? Frequency { get; set; }

    /// <summary>As typed ("31.03.2027") or as a date picker sends it ("2027-03-31"); parsed by <see cref="Validate"/>.</summary>
    [StringLength(20, ErrorMessage = "Bitte geben Sie das Datum als TT.MM.JJJJ ein, z. B. 31.03.2027.")]
    [Display(Name = "Gewünscht bis")]
    public string? Deadline { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie den Bezirk.")]
    [Display(Name = "Bezirk")]
    public int? DistrictId { get; set; }

    public DateOnly? DeadlineValue =>
        DateOnly.TryParseExact(Deadline?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The checks that need more than attributes: a known kind, an organisation, a deadline from today on.</summary>
    public void Validate(ModelStateDictionary modelState, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(Organisation) && modelState.GetFieldValidationState(nameof(Organisation)) != ModelValidationState.Invalid)
        {
            modelState.AddModelError(nameof(Organisation), "Bitte geben Sie Ihr Unternehmen oder Ihre Organisation an.");
        }

        if (!string.IsNullOrEmpty(Kind) && KindValue is null)
        {
            modelState.AddModelError(nameof(Kind), "Bitte wählen Sie eine der angebotenen Möglichkeiten.");
        }

        if (!string.IsNullOrWhiteSpace(Deadline) && modelState.GetFieldValidationState(nameof(Deadline)) != ModelValidationState.Invalid)
        {
            if (DeadlineValue is not { } date)
            {
                modelState.AddModelError(nameof(Deadline), "Bitte geben Sie das Datum als TT.MM.JJJJ ein, z. B. 31.03.2027.");
            }
            else if (date < today)
            {
                modelState.AddModelError(nameof(Deadline), "Dieses Datum liegt in der Vergangenheit. Bitte geben Sie einen Termin ab heute an.");
            }
        }
    }

    public Inquiry ToInquiry()
    {
        var inquiry = new Inquiry
        {
            Kind = InquiryKind.Need,
            NeedKind = KindValue ?? throw new InvalidOperationException("A validated need has a known kind."),
            Description = Description.Trim(),
            Quantity = Trimmed(Quantity),
            Frequency = Trimmed(Frequency),
            Deadline = DeadlineValue,
            DistrictId = DistrictId,
        };
        ApplyContactTo(inquiry);
        return inquiry;
    }
}

public sealed class NeedFormViewModel
{
    public required NeedInput Input { get; init; }

    public required IReadOnlyList<IdChoice> Districts { get; init; }

    public static IReadOnlyList<OutputType> Kinds => Enum.GetValues<OutputType>();
}
