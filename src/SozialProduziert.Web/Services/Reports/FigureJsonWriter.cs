using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Web.Services.Reports;

/// <summary>The figures as JSON for the firm's own tools: numbers as JSON numbers, times in UTC (ISO 8601).</summary>
public static class FigureJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static byte[] Write(CsrReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new
        {
            partner = report.PartnerName,
            year = report.Year,
            generatedAt = report.GeneratedAt,
            frameworkMappingVersion = report.MappingVersion,
            figures = report.Figures.Select(f => new
            {
                id = f.Id,
                year = f.Year,
                kind = f.Kind.Key(),
                label = f.Label,
                value = f.Value,
                unit = f.Unit,
                example = f.Example,
                socialEnterprise = f.SocialEnterprise,
                source = f.Source,
                method = f.MethodNote,
                confirmed = f.IsConfirmed,
                status = f.Status,
                partnerConfirmation = f.PartnerConfirmedAt is null ? null : new { by = f.PartnerConfirmedBy, at = f.PartnerConfirmedAt },
                socialEnterpriseConfirmation = f.EnterpriseConfirmedAt is null ? null : new { by = f.EnterpriseConfirmedBy, at = f.EnterpriseConfirmedAt },
            }),
            totals = report.Totals.Select(t => new { kind = t.Kind.Key(), label = t.Label, unit = t.Unit, total = t.Total, confirmedTotal = t.ConfirmedTotal, count = t.Count }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Options);
    }
}
