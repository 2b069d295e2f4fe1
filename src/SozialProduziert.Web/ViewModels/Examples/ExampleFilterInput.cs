using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.ViewModels.Examples;

/// <summary>
/// The filters of the example list as they appear in the URL. Bound as strings and parsed leniently:
/// a malformed or unknown value is ignored rather than answered with an error.
/// </summary>
public sealed class ExampleFilterInput
{
    public const int MaxTextLength = 100;

    [FromQuery(Name = "art")]
    public string? Output { get; set; }

    [FromQuery(Name = "feld")]
    public string? Field { get; set; }

    [FromQuery(Name = "bezirk")]
    public string? District { get; set; }

    [FromQuery(Name = "jahr")]
    public string? Year { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "seite")]
    public string? Page { get; set; }

    public OutputType? OutputType => GermanLabels.FromUrlKey<OutputType>(Output, t => t.UrlKey());

    public int? YearValue =>
        int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1950 and <= 2200 ? year : null;

    /// <summary>True for "laufend", false for "abgeschlossen", null for anything else.</summary>
    public bool? Ongoing => Status switch
    {
        "laufend" => true,
        "abgeschlossen" => false,
        _ => null,
    };

    public string? TextValue => string.IsNullOrWhiteSpace(Text) ? null : Text.Trim()[..Math.Min(Text.Trim().Length, MaxTextLength)];

    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?>
    {
        ["art"] = OutputType?.UrlKey(),
        ["feld"] = Field,
        ["bezirk"] = District,
        ["jahr"] = YearValue?.ToString(CultureInfo.InvariantCulture),
        ["status"] = Ongoing switch { true => "laufend", false => "abgeschlossen", null => null },
        ["q"] = TextValue,
    };

    public bool IsFiltered => ToQuery().Values.Any(v => !string.IsNullOrEmpty(v));
}
