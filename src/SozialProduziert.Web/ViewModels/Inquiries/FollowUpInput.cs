using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.ViewModels.Inquiries;

/// <summary>The follow-up answer: ja / nein / noch offen, and an optional value in euros as people write it.</summary>
public sealed class FollowUpInput
{
    public const decimal MaxValue = 100_000_000m;

    // Not de-AT's own format: its thousands separator is a space, while people type "2.500".
    private static readonly NumberFormatInfo Euro = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    [Required(ErrorMessage = "Bitte wählen Sie eine Antwort.")]
    [Display(Name = "Ist ein Auftrag zustande gekommen?")]
    public string Outcome { get; set; } = "";

    [StringLength(30, ErrorMessage = "Bitte geben Sie nur den Betrag in Euro ein, z. B. 2.500 oder 1.250,50.")]
    [Display(Name = "Ungefährer Auftragswert in Euro")]
    public string? Value { get; set; }

    public static IReadOnlyList<(string Key, OrderOutcome Outcome)> Choices { get; } =
        [("ja", OrderOutcome.Yes), ("nein", OrderOutcome.No), ("offen", OrderOutcome.Open)];

    public OrderOutcome? OutcomeValue => Choices.Where(c => c.Key == Outcome).Select(c => (OrderOutcome?)c.Outcome).FirstOrDefault();

    /// <summary>The value to store: only with "ja" or "noch offen" (an expected value), never with "nein".</summary>
    public decimal? StoredValue => OutcomeValue is OrderOutcome.No ? null : ParseEuro(Value);

    public void Validate(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (!string.IsNullOrEmpty(Outcome) && OutcomeValue is null)
        {
            modelState.AddModelError(nameof(Outcome), "Bitte wählen Sie eine der drei Antworten.");
        }

        if (!string.IsNullOrWhiteSpace(Value) && modelState.GetFieldValidationState(nameof(Value)) != ModelValidationState.Invalid
            && ParseEuro(Value) is null)
        {
            modelState.AddModelError(nameof(Value), "Bitte geben Sie nur den Betrag in Euro ein, z. B. 2.500 oder 1.250,50.");
        }
    }

    /// <summary>
    /// "2.500", "2500,50", "€ 1.250,-" and "1250.5" all read as people mean them: a comma is the decimal separator,
    /// dots are thousands separators unless a lone dot is followed by one or two digits.
    /// </summary>
    public static decimal? ParseEuro(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = text.Replace("€", "", StringComparison.Ordinal).Replace("EUR", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).TrimEnd('-').TrimEnd(',');
        var lastDot = cleaned.LastIndexOf('.');
        if (!cleaned.Contains(',', StringComparison.Ordinal) && lastDot >= 0 && cleaned.Count(c => c == '.') == 1 && cleaned.Length - lastDot - 1 is 1 or 2)
        {
            cleaned = cleaned.Replace('.', ',');
        }

        return decimal.TryParse(cleaned, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, Euro, out var value) && value is >= 0 and <= MaxValue
            ? Math.Round(value, 2)
            : null;
    }
}

public sealed class FollowUpViewModel
{
    public required FollowUpInput Input { get; init; }

    /// <summary>The key from the link, posted back in the form's address.</summary>
    public required string Token { get; init; }

    public int InquiryNumber { get; init; }

    public string? Topic { get; init; }
}
