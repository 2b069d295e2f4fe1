using System.Text;

namespace SozialProduziert.Web.Services.Reports;

/// <summary>A report export ready to send: bytes, content type and a file name with firm and year.</summary>
public sealed record CsrReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>The download formats of the report section, shared by <c>/mein-bereich</c> and the staff area.</summary>
public static class CsrReportFiles
{
    public static readonly IReadOnlyList<string> Formats = ["docx", "md", "csv", "json"];

    public static CsrReportFile? Create(CsrReport report, string format, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(report);
        var name = $"soziale-produktion-{Domain.Slug.From(report.PartnerName)}-{report.Year}";
        return format switch
        {
            "docx" => new(DocxReportWriter.Write(report, baseUrl), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            "md" => new(Encoding.UTF8.GetBytes(MarkdownReportWriter.Write(report, baseUrl)), "text/markdown; charset=utf-8", name + ".md"),
            "csv" => new(FigureCsvWriter.Write(report), "text/csv; charset=utf-8", name + "-kennzahlen.csv"),
            "json" => new(FigureJsonWriter.Write(report), "application/json; charset=utf-8", name + "-kennzahlen.json"),
            _ => null,
        };
    }

    /// <summary>Reporting years worth offering: from 2000 up to next year (for plans), so a typo cannot ask for year 20250.</summary>
    public static bool IsReasonableYear(int year, DateTime utcNow) => year >= 2000 && year <= utcNow.Year + 1;
}
