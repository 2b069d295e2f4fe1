using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>
/// Two firms with everything the partner area shows: a showcase page, an example with a Sozialbetrieb and impact
/// figures in <see cref="Year"/>. Each firm's texts carry a marker that must never appear on the other firm's pages.
/// </summary>
public sealed record TwoFirms(int AlphaId, int BetaId, int AlphaFigureId, int BetaFigureId, int BetaExampleId)
{
    public const int Year = 2025;

    public const string AlphaMarker = "Alphafenster";

    public const string BetaMarker = "Betadruckerei";

    public const decimal BetaOrderValue = 48_250.75m;

    public static async Task<TwoFirms> CreateAsync(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return await portal.WithDbAsync(async db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Nähstube Gmünd").InSegment(LabourMarketSegment.SocialEconomicEnterprise).Build();
            var alpha = new PartnerBuilder().Titled($"{AlphaMarker} GmbH").WithTeaser($"Kurztext {AlphaMarker}").Draft().Build();
            var beta = new PartnerBuilder().Titled($"{BetaMarker} AG").WithTeaser($"Kurztext {BetaMarker}").Draft().Build();
            var alphaExample = new ExampleBuilder().Titled($"Taschen von {AlphaMarker}").InYears(2024, 2025).WithPartners(alpha).WithSocialEnterprises(enterprise).Build();
            var betaExample = new ExampleBuilder().Titled($"Mappen von {BetaMarker}").InYears(2024, 2025).WithPartners(beta).WithSocialEnterprises(enterprise).Build();
            db.AddRange(enterprise, alpha, beta, alphaExample, betaExample);
            await db.SaveChangesAsync();

            var alphaFigure = Figure(alpha, alphaExample, enterprise, ImpactKind.MaterialDivertedKg, 1_234.5m, $"Wiegescheine {AlphaMarker}");
            var betaFigure = Figure(beta, betaExample, enterprise, ImpactKind.OrderValueEur, BetaOrderValue, $"Rechnungen {BetaMarker}");
            db.AddRange(alphaFigure, betaFigure);
            db.ShowcaseReviews.Add(new ShowcaseReview
            {
                PartnerId = beta.Id, Decision = ShowcaseDecision.ChangesRequested, Comment = $"Bitte Logo tauschen, {BetaMarker}",
                ContentHash = new string('0', 64), DecidedAt = DateTime.UtcNow, DecidedByName = $"Frau {BetaMarker}",
            });
            await db.SaveChangesAsync();
            return new TwoFirms(alpha.Id, beta.Id, alphaFigure.Id, betaFigure.Id, betaExample.Id);
        });
    }

    private static ImpactFigure Figure(Partner partner, BestPracticeExample example, SocialEnterprise enterprise, ImpactKind kind, decimal value, string source) => new()
    {
        Partner = partner, Example = example, SocialEnterprise = enterprise, Kind = kind, Value = value, Year = Year,
        Source = source, MethodNote = $"Methode für {partner.Name}", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Version = 1,
    };
}
