using System.Globalization;
using System.Text;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Services.Reports;

/// <summary>
/// The figures as CSV that Austrian Excel opens as it is: UTF-8 with BOM, semicolons, decimal comma without
/// thousands separators, fields with a semicolon, quote or line break in double quotes.
/// </summary>
public static class FigureCsvWriter
{
    public static readonly string[] Header =
    [
        "Id", "Jahr", "Kennzahl", "Schlüssel", "Wert", "Einheit", "Praxisbeispiel", "Sozialbetrieb", "Quelle", "Methode",
        "Bestätigt vom Unternehmen", "Unternehmen bestätigt am", "Bestätigt vom Sozialbetrieb", "Sozialbetrieb bestätigt am", "Status",
    ];

    public static byte[] Write(CsrReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var f in report.Figures)
        {
            Line(csv, [
                f.Id.ToString(CultureInfo.InvariantCulture), f.Year.ToString(CultureInfo.InvariantCulture), f.Label, f.Kind.Key(), Number(f.Value), f.Unit,
                f.Example ?? "", f.SocialEnterprise, f.Source, f.MethodNote,
                f.PartnerConfirmedBy ?? "", Date(f.PartnerConfirmedAt), f.EnterpriseConfirmedBy ?? "", Date(f.EnterpriseConfirmedAt), f.Status,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Decimal comma, no grouping: Excel with Austrian settings reads it as a number.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Date(DateTime? utc) => utc is { } value ? ViennaTime.Format(value) : "";

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(';', fields.Select(Quote))).Append("\r\n");

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
