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
            AddProgramme(db, alpha, beta, enterprise);
            db.ShowcaseReviews.Add(new ShowcaseReview
            {
                PartnerId = beta.Id, Decision = ShowcaseDecision.ChangesRequested, Comment = $"Bitte Logo tauschen, {BetaMarker}",
                ContentHash = new string('0', 64), DecidedAt = DateTime.UtcNow, DecidedByName = $"Frau {BetaMarker}",
            });
            await db.SaveChangesAsync();
            return new TwoFirms(alpha.Id, beta.Id, alphaFigure.Id, betaFigure.Id, betaExample.Id);
        });
    }

    /// <summary>Both firms take part in the programme and got consulting in <see cref="Year"/>; Beta also has a closed inquiry with a figure.</summary>
    private static void AddProgramme(Web.Data.AppDbContext db, Partner alpha, Partner beta, SocialEnterprise enterprise)
    {
        var programme = new Programme { Name = "Erfolg mit FAIRantwortung 2", Slug = "fairantwortung-2" };
        var number = 0;
        foreach (var (partner, marker, minutes) in new[] { (alpha, AlphaMarker, 90), (beta, BetaMarker, 135) })
        {
            number++;
            var registration = new InterestRegistration
            {
                Programme = programme, Partner = partner, ArrivalNumber = number, ArrivedAt = DateTime.UtcNow, RecordedAt = DateTime.UtcNow,
                CompanyName = partner.Name, CompanyKey = marker.ToLowerInvariant(), ContactPerson = "Kontakt", Email = $"{marker}@firma.example",
                EmailKey = $"{marker}@firma.example".ToLowerInvariant(), DistrictId = partner.DistrictId, Ideas = "Reststoffe", ConsentedAt = DateTime.UtcNow,
                Status = RegistrationStatus.InConsulting, StatusChangedAt = DateTime.UtcNow, AccessToken = Guid.NewGuid().ToString("N"),
            };
            db.Add(new ConsultingEntry
            {
                Registration = registration, Date = new DateOnly(Year, 3, 10), Consultant = "Mag. Berater", Kind = ConsultingKind.ConsultingHour,
                Minutes = minutes, Topic = $"Reststoffe bei {marker}", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
        }

        var inquiry = new Inquiry
        {
            Kind = InquiryKind.Need, Description = $"Give-aways für {BetaMarker}", ContactPerson = "Kontakt", Email = "einkauf@beta.example",
            ReceivedAt = DateTime.UtcNow, ConsentedAt = DateTime.UtcNow, Status = InquiryStatus.Closed, StatusChangedAt = DateTime.UtcNow, OrderValueEuro = 1_200m,
        };
        db.Add(new ImpactFigure
        {
            Partner = beta, Inquiry = inquiry, SocialEnterprise = enterprise, Kind = ImpactKind.OrderValueEur, Value = 1_200m, Year = Year,
            Source = "Rückmeldung nach Abschluss", MethodNote = "Angabe der Firma", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Version = 1,
        });
    }

    private static ImpactFigure Figure(Partner partner, BestPracticeExample example, SocialEnterprise enterprise, ImpactKind kind, decimal value, string source) => new()
    {
        Partner = partner, Example = example, SocialEnterprise = enterprise, Kind = kind, Value = value, Year = Year,
        Source = source, MethodNote = $"Methode für {partner.Name}", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Version = 1,
    };
}
