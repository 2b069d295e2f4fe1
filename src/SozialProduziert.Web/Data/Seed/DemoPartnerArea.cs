using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>
/// The partner area of the demo, all fictional: every demo partner's showcase page carries a recorded approval of its
/// current version (they are published, and publishing needs one), and the examples' numbers become impact figures,
/// some confirmed by both sides, some by one, some by none, so the CSR report shows every status.
/// </summary>
internal static class DemoPartnerArea
{
    public const string RecordedBy = "Demo-Inhalte";

    public static async Task SeedAsync(AppDbContext db, IEnumerable<Partner> partners, IEnumerable<BestPracticeExample> examples, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var partner in partners)
        {
            db.ShowcaseReviews.Add(new ShowcaseReview
            {
                PartnerId = partner.Id,
                Decision = ShowcaseDecision.Approved,
                Comment = "Fiktive Freigabe der Demo-Inhalte.",
                PartnerVersion = partner.Version,
                ContentHash = ShowcaseFingerprint.Of(partner),
                DecidedAt = now,
                DecidedByName = "Demo-Kontaktperson",
                RecordedBy = RecordedBy,
            });
        }

        var index = 0;
        foreach (var example in examples.Where(e => e.Partners.Count > 0 && e.SocialEnterprises.Count > 0))
        {
            var partner = example.Partners[0];
            var enterprise = example.SocialEnterprises[0];
            var year = example.IsOngoing ? ViennaYear(now) - 1 : example.YearTo ?? example.YearFrom;
            var hours = enterprise.Segment.IsSecondLabourMarket() ? ImpactKind.WorkHoursSecondLabourMarket : ImpactKind.WorkHoursThirdLabourMarket;
            foreach (var (kind, value, source, method) in new (ImpactKind, int?, string, string)[]
            {
                (ImpactKind.MaterialDivertedKg, example.MaterialReusedKg, "Wiegescheine der Übergaben an den Sozialbetrieb", "Summe der gewogenen Mengen ohne Verpackung; Restmengen, die der Sozialbetrieb entsorgen musste, abgezogen."),
                (hours, example.ProgrammeWorkHours, "Stundenaufzeichnung des Sozialbetriebs", "Arbeitsstunden der Transitarbeitskräfte bzw. Beschäftigten für diesen Auftrag, ohne Anleitung und Verwaltung."),
                (ImpactKind.PeopleEmployed, example.PeopleEmployed, "Personalliste des Sozialbetriebs", "Personen, die im Jahr mindestens einen Arbeitstag für diesen Auftrag gearbeitet haben (Köpfe, nicht Vollzeitäquivalente)."),
            })
            {
                if (value is not { } amount)
                {
                    continue;
                }

                var figure = new ImpactFigure
                {
                    Partner = partner, Example = example, SocialEnterprise = enterprise, Kind = kind, Value = amount, Year = year,
                    Source = source, MethodNote = method, CreatedAt = now, UpdatedAt = now, Version = 1,
                };
                Confirm(figure, index++, now);
                db.ImpactFigures.Add(figure);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Two of three figures confirmed by the firm, every other one by the Sozialbetrieb.</summary>
    private static void Confirm(ImpactFigure figure, int index, DateTime now)
    {
        if (index % 3 != 2)
        {
            (figure.PartnerConfirmedAt, figure.PartnerConfirmedBy) = (now, "Demo-Kontaktperson");
        }

        if (index % 2 == 0)
        {
            (figure.EnterpriseConfirmedAt, figure.EnterpriseConfirmedBy, figure.EnterpriseConfirmationRecordedBy) = (now, "Demo-Leitung Sozialbetrieb", RecordedBy);
        }
    }

    private static int ViennaYear(DateTime utc) => Infrastructure.ViennaTime.ToLocal(utc).Year;
}
