using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>A figure as the partner area and the staff area list it, with both confirmations.</summary>
public sealed record ImpactFigureRow(
    int Id, int Version, ImpactKind Kind, decimal Value, int Year, string Source, string MethodNote,
    int? ExampleId, string? Example, int PartnerId, string Partner, string SocialEnterprise,
    string? PartnerConfirmedBy, DateTime? PartnerConfirmedAt, string? EnterpriseConfirmedBy, DateTime? EnterpriseConfirmedAt, string? EnterpriseConfirmationRecordedBy)
{
    public string ValueText => Reports.CsrReportText.Number(Value, Kind.Decimals());

    public bool IsConfirmed => PartnerConfirmedAt is not null && EnterpriseConfirmedAt is not null;
}

public static class FigureRows
{
    public static async Task<List<ImpactFigureRow>> FigureRowsAsync(this IQueryable<ImpactFigure> figures, CancellationToken cancellationToken) =>
        await figures.AsNoTracking()
            .OrderByDescending(f => f.Year).ThenBy(f => f.Kind).ThenBy(f => f.Id)
            .Select(f => new ImpactFigureRow(f.Id, f.Version, f.Kind, f.Value, f.Year, f.Source, f.MethodNote, f.ExampleId, f.ExampleId != null ? f.Example!.Title : "Vermittlung: " + (f.Inquiry!.Topic ?? f.Inquiry.Description), f.PartnerId, f.Partner!.Name,
                f.SocialEnterprise!.Name, f.PartnerConfirmedBy, f.PartnerConfirmedAt, f.EnterpriseConfirmedBy, f.EnterpriseConfirmedAt, f.EnterpriseConfirmationRecordedBy))
            .ToListAsync(cancellationToken);
}
