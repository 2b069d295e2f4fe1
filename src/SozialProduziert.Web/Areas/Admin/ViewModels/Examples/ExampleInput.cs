using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Examples;

/// <summary>
/// The Praxisbeispiel form. Years and impact figures are bound as text so a typo stays in the field and gets a
/// German message (see <see cref="Check"/>); relations arrive as the ids of the ticked checkboxes.
/// </summary>
public sealed class ExampleInput : ContentInput
{
    public const int FirstYear = 1990;

    [Required(ErrorMessage = "Bitte geben Sie einen Titel ein.")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens {1} Zeichen lang sein.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie einen Kurztext ein.")]
    [StringLength(500, ErrorMessage = "Der Kurztext darf höchstens {1} Zeichen lang sein.")]
    public string Teaser { get; set; } = "";

    [Required(ErrorMessage = "Bitte beschreiben Sie die Zusammenarbeit.")]
    [StringLength(100_000, ErrorMessage = "Der Text darf höchstens {1} Zeichen lang sein.")]
    public string BodyMarkdown { get; set; } = "";

    [Required(ErrorMessage = "Bitte wählen Sie, was die Zusammenarbeit hervorgebracht hat.")]
    public OutputType? OutputType { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie das Jahr ein, in dem die Zusammenarbeit begonnen hat.")]
    public string? YearFrom { get; set; }

    public string? YearTo { get; set; }

    public bool IsOngoing { get; set; }

    public string? MaterialReusedKg { get; set; }

    public string? ProgrammeWorkHours { get; set; }

    public string? PeopleEmployed { get; set; }

    [StringLength(1000, ErrorMessage = "Das Zitat darf höchstens {1} Zeichen lang sein.")]
    public string? QuoteText { get; set; }

    [StringLength(200, ErrorMessage = "Die Angabe, wer zitiert wird, darf höchstens {1} Zeichen lang sein.")]
    public string? QuoteAuthor { get; set; }

    public List<int> PartnerIds { get; set; } = [];

    public List<int> SocialEnterpriseIds { get; set; } = [];

    public List<int> FieldOfWorkIds { get; set; } = [];

    /// <summary>The rows of <c>_GalleryEditor</c>: alt texts, order and remove ticks of the stored images.</summary>
    public List<GalleryItemInput> Gallery { get; set; } = [];

    /// <summary>Files of <c>_ImageUploadField</c>; they join the gallery behind the stored images.</summary>
    public List<IFormFile> NewImages { get; set; } = [];

    public string? NewImagesAltText { get; set; }

    /// <summary>The form filled from a stored example; its relations must be loaded.</summary>
    public static ExampleInput From(BestPracticeExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var input = new ExampleInput
        {
            Title = example.Title,
            Teaser = example.Teaser,
            BodyMarkdown = example.BodyMarkdown,
            OutputType = example.OutputType,
            YearFrom = GermanWholeNumber.Format(example.YearFrom),
            YearTo = GermanWholeNumber.Format(example.YearTo),
            IsOngoing = example.IsOngoing,
            MaterialReusedKg = GermanWholeNumber.Format(example.MaterialReusedKg),
            ProgrammeWorkHours = GermanWholeNumber.Format(example.ProgrammeWorkHours),
            PeopleEmployed = GermanWholeNumber.Format(example.PeopleEmployed),
            QuoteText = example.QuoteText,
            QuoteAuthor = example.QuoteAuthor,
            PartnerIds = example.Partners.Select(p => p.Id).ToList(),
            SocialEnterpriseIds = example.SocialEnterprises.Select(s => s.Id).ToList(),
            FieldOfWorkIds = example.FieldsOfWork.Select(f => f.Id).ToList(),
        };
        input.ReadPublishingFrom(example);
        return input;
    }

    /// <summary>The rules DataAnnotations cannot express: the year range depends on today, fields depend on each other.</summary>
    public IEnumerable<ValidationResult> Check(int currentYear)
    {
        var lastYear = currentYear + 1;
        int? from = null;
        if (!string.IsNullOrWhiteSpace(YearFrom))
        {
            if (!GermanWholeNumber.TryParse(YearFrom, out from) || from is < FirstYear || from > lastYear)
            {
                from = null;
                yield return Error(nameof(YearFrom), $"Bitte geben Sie als Beginn eine Jahreszahl von {FirstYear} bis {lastYear} ein.");
            }
        }

        if (!GermanWholeNumber.TryParse(YearTo, out var to) || to is < FirstYear || to > lastYear)
        {
            yield return Error(nameof(YearTo), $"Bitte geben Sie als Ende eine Jahreszahl von {FirstYear} bis {lastYear} ein oder lassen Sie das Feld leer.");
        }
        else if (to is not null && IsOngoing)
        {
            yield return Error(nameof(YearTo), "Eine laufende Zusammenarbeit hat noch kein Endjahr. Lassen Sie „bis“ leer oder entfernen Sie das Häkchen bei „Die Zusammenarbeit läuft noch“.");
        }
        else if (to < from)
        {
            yield return Error(nameof(YearTo), $"Das Endjahr darf nicht vor dem Beginn ({from}) liegen.");
        }

        foreach (var (field, label) in Figures)
        {
            if (!GermanWholeNumber.TryParse(FigureText(field), out _))
            {
                yield return Error(field, $"Bitte geben Sie bei „{label}“ eine ganze Zahl ab 0 ein, z. B. 1200 oder 1.200, oder lassen Sie das Feld leer.");
            }
        }

        if (string.IsNullOrWhiteSpace(QuoteText) && !string.IsNullOrWhiteSpace(QuoteAuthor))
        {
            yield return Error(nameof(QuoteText), "Sie haben angegeben, wer zitiert wird, aber kein Zitat. Bitte ergänzen Sie das Zitat oder leeren Sie beide Felder.");
        }
    }

    /// <summary>Copies the own fields; relations are applied separately because they need the tracked entities.</summary>
    public void ApplyTo(BestPracticeExample example, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(example);
        example.Title = Title.Trim();
        example.Teaser = Teaser.Trim();
        example.BodyMarkdown = BodyMarkdown;
        example.OutputType = OutputType ?? default;
        example.YearFrom = Number(YearFrom) ?? FirstYear;
        example.YearTo = Number(YearTo);
        example.IsOngoing = IsOngoing;
        example.MaterialReusedKg = Number(MaterialReusedKg);
        example.ProgrammeWorkHours = Number(ProgrammeWorkHours);
        example.PeopleEmployed = Number(PeopleEmployed);
        example.QuoteText = Trimmed(QuoteText);
        example.QuoteAuthor = Trimmed(QuoteAuthor);
        example.Slug = SlugOr(Title);
        ApplyPublishingTo(example, utcNow);
    }

    private static readonly (string Field, string Label)[] Figures =
    [
        (nameof(MaterialReusedKg), "Wiederverwertetes Material"),
        (nameof(ProgrammeWorkHours), "Arbeitsstunden"),
        (nameof(PeopleEmployed), "Beschäftigte Personen"),
    ];

    private string? FigureText(string field) => field switch
    {
        nameof(MaterialReusedKg) => MaterialReusedKg,
        nameof(ProgrammeWorkHours) => ProgrammeWorkHours,
        _ => PeopleEmployed,
    };

    private static int? Number(string? text) => GermanWholeNumber.TryParse(text, out var value) ? value : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ValidationResult Error(string field, string message) => new(message, [field]);
}
