using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.PartnerArea;

/// <summary>The form of an impact figure. The value is typed as Austrians write numbers ("1.234,5") and parsed here.</summary>
public sealed class ImpactFigureInput : IValidatableObject
{
    public int Version { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die Firma, für die die Kennzahl gilt.")]
    [Display(Name = "Firma")]
    public int? PartnerId { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie den Sozialbetrieb.")]
    [Display(Name = "Sozialbetrieb")]
    public int? SocialEnterpriseId { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die Art der Kennzahl.")]
    [Display(Name = "Kennzahl")]
    public ImpactKind? Kind { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie den Wert ein.")]
    [StringLength(30, ErrorMessage = "Der Wert darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Wert")]
    public string Value { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie das Jahr ein.")]
    [Range(2000, 2100, ErrorMessage = "Bitte geben Sie ein Jahr zwischen {1} und {2} ein.")]
    [Display(Name = "Jahr")]
    public int? Year { get; set; }

    [Required(ErrorMessage = "Bitte nennen Sie die Quelle.")]
    [StringLength(500, ErrorMessage = "Die Quelle darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Quelle")]
    public string Source { get; set; } = "";

    [Required(ErrorMessage = "Bitte beschreiben Sie, wie der Wert ermittelt wurde.")]
    [StringLength(2000, ErrorMessage = "Die Methode darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Methode")]
    public string MethodNote { get; set; } = "";

    public decimal? ParsedValue => GermanNumbers.TryParse(Value, out var value) ? value : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Value) || Kind is not { } kind)
        {
            yield break;
        }

        if (ParsedValue is not { } value)
        {
            yield return new("Bitte geben Sie den Wert als Zahl ein, zum Beispiel 1.250 oder 312,5.", [nameof(Value)]);
        }
        else if (value < 0)
        {
            yield return new("Der Wert darf nicht negativ sein.", [nameof(Value)]);
        }
        else if (decimal.Round(value, kind.Decimals()) != value)
        {
            yield return new(kind.Decimals() == 0
                ? $"{kind.Label()} werden als ganze Zahl erfasst."
                : $"Bitte geben Sie höchstens {kind.Decimals()} Nachkommastelle{(kind.Decimals() == 1 ? "" : "n")} ein.", [nameof(Value)]);
        }
    }

    public ImpactFigureValues ToValues() => new(PartnerId!.Value, SocialEnterpriseId!.Value, Kind!.Value, ParsedValue!.Value, Year!.Value, Source.Trim(), MethodNote.Trim());

    public static ImpactFigureInput From(ImpactFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new()
        {
            Version = figure.Version,
            PartnerId = figure.PartnerId,
            SocialEnterpriseId = figure.SocialEnterpriseId,
            Kind = figure.Kind,
            Value = GermanNumbers.Input(figure.Value),
            Year = figure.Year,
            Source = figure.Source,
            MethodNote = figure.MethodNote,
        };
    }
}

/// <summary>Staff record that the Sozialbetrieb confirmed a figure, naming the person who did.</summary>
public sealed class EnterpriseConfirmationInput
{
    public int Version { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie an, wer im Sozialbetrieb den Wert bestätigt hat.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Bestätigt von (Person im Sozialbetrieb)")]
    public string PersonName { get; set; } = "";
}

/// <summary>The figures of one example or inquiry with the form for a new one, or the form of one figure.</summary>
public sealed class ImpactFigurePageViewModel
{
    public required FigureSubject Subject { get; init; }

    public required IReadOnlyList<ImpactFigureRow> Figures { get; init; }

    public required ImpactFigureInput Input { get; init; }

    /// <summary>The figure being edited; null on the subject's list page (the form then adds a new one).</summary>
    public ImpactFigureRow? Editing { get; init; }

    public EnterpriseConfirmationInput Confirmation { get; init; } = new();
}

public sealed record OptionViewModelPair(int Id, string Name);
