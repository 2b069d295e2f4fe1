using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Services.Reports;

/// <summary>
/// Gathers a firm's report section for a year: its collaborations that ran in the year (published or archived
/// Praxisbeispiele, not drafts), the Sozialbetriebe involved, the impact figures of the year and their sums.
/// </summary>
public sealed class CsrReportBuilder(AppDbContext db, TimeProvider clock)
{
    public async Task<CsrReport?> BuildAsync(int partnerId, int year, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.AsNoTracking().Where(p => p.Id == partnerId && p.DeletedAt == null)
            .Select(p => new { p.Id, p.Name, p.Kind, District = p.District!.Name, Programme = p.Programme!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (partner is null)
        {
            return null;
        }

        var examples = (await db.Examples.AsNoTracking()
            .Where(e => e.DeletedAt == null && e.State != PublishState.Draft && e.Partners.Any(p => p.Id == partnerId))
            .Select(e => new
            {
                e.Title, e.Slug, e.Teaser, e.OutputType, e.YearFrom, e.YearTo, e.IsOngoing,
                Enterprises = e.SocialEnterprises.Where(s => s.DeletedAt == null).Select(s => s.Id).ToList(),
            })
            .ToListAsync(cancellationToken))
            .Where(e => BestPracticeExample.CoversYear(e.YearFrom, e.YearTo, e.IsOngoing, year))
            .OrderBy(e => e.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de-AT"), false))
            .ToList();

        var figures = await db.ImpactFigures.AsNoTracking()
            .Where(f => f.PartnerId == partnerId && f.Year == year && (f.ExampleId == null || f.Example!.DeletedAt == null))
            .OrderBy(f => f.Kind).ThenBy(f => f.Id)
            .Select(f => new
            {
                Figure = f,
                Example = f.ExampleId != null ? f.Example!.Title : "Vermittlung: " + (f.Inquiry!.Topic ?? f.Inquiry.Description),
                Enterprise = f.SocialEnterprise!.Name,
            })
            .ToListAsync(cancellationToken);

        var enterpriseIds = examples.SelectMany(e => e.Enterprises).Concat(figures.Select(f => f.Figure.SocialEnterpriseId)).Distinct().ToList();
        var enterprises = await db.SocialEnterprises.AsNoTracking().Where(s => enterpriseIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.Segment, District = s.District!.Name })
            .ToListAsync(cancellationToken);
        var names = enterprises.ToDictionary(s => s.Id, s => s.Name);
        var consulting = await db.PartnerConsultingAsync(partnerId, year, cancellationToken);

        var reportFigures = figures.Select(f => new CsrFigure(f.Figure.Id, f.Figure.Kind, f.Figure.Value, f.Figure.Year, f.Figure.Source, f.Figure.MethodNote,
            f.Example, f.Enterprise, f.Figure.PartnerConfirmedBy, f.Figure.PartnerConfirmedAt, f.Figure.EnterpriseConfirmedBy, f.Figure.EnterpriseConfirmedAt)).ToList();

        return new CsrReport(
            partner.Id,
            partner.Name,
            partner.Kind.Label(),
            partner.District,
            partner.Programme,
            year,
            clock.GetUtcNow().UtcDateTime,
            examples.Select(e => new CsrActivity(e.Title, "/praxisbeispiele/" + e.Slug, e.OutputType.Label(), Period(e.YearFrom, e.YearTo, e.IsOngoing), e.Teaser,
                e.Enterprises.Where(names.ContainsKey).Select(id => names[id]).Order(StringComparer.CurrentCulture).ToList())).ToList(),
            enterprises.OrderBy(s => s.Name, StringComparer.CurrentCulture)
                .Select(s => new CsrEnterprise(s.Name, s.Segment.Label(), s.Segment.IsSecondLabourMarket(), s.District)).ToList(),
            reportFigures,
            Totals(reportFigures),
            consulting.Select(c => new CsrConsultingEntry(c.Date, c.Kind.Label(), c.Minutes / 60m, c.Topic)).ToList());
    }

    private static List<CsrTotal> Totals(List<CsrFigure> figures) =>
        figures.GroupBy(f => f.Kind).OrderBy(g => g.Key)
            .Select(g => new CsrTotal(g.Key, g.Sum(f => f.Value), g.Where(f => f.IsConfirmed).Sum(f => f.Value), g.Count()))
            .ToList();

    private static string Period(int from, int? to, bool ongoing) =>
        ongoing ? $"seit {from}" : to is { } end && end != from ? $"{from}–{end}" : from.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
