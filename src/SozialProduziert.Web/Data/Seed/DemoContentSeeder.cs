using System.Diagnostics;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>
/// Fills an empty database with fictional but realistic demo content: Sozialbetriebe with offers, partners in their
/// programmes, Praxisbeispiele (including a draft, an archived and a scheduled one) and the final report as PDF.
/// Every picture is generated in code, so seeding needs neither files nor network.
/// </summary>
public sealed class DemoContentSeeder(
    AppDbContext db,
    ImageVariantEncoder encoder,
    TimeProvider clock,
    ILogger<DemoContentSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        var references = await DemoReferences.LoadAsync(db, cancellationToken);
        var images = new DemoImageQueue(new DemoImageFactory(encoder, now));

        var enterprises = CreateEnterprises(references, images);
        var offers = CreateOffers(enterprises, references, images);
        var programmes = DemoPartners.CreateProgrammes();
        var partners = CreatePartners(programmes, references, images);
        var examples = CreateExamples(partners, enterprises, references, images, now);
        var registrations = DemoRegistrations.Create(programmes[DemoPartners.SecondRound], partners, references, now);
        await images.RenderAsync(cancellationToken);
        var imageMilliseconds = stopwatch.ElapsedMilliseconds;

        // One save is one transaction: a failure leaves no half-seeded database behind, so the next start simply
        // tries again (seeding runs while there are no examples), and SQL Server's retrying strategy can replay it.
        db.SocialEnterprises.AddRange(enterprises.Values);
        db.Offers.AddRange(offers);
        db.Programmes.AddRange(programmes.Values);
        db.Partners.AddRange(partners.Values);
        db.Examples.AddRange(examples);
        db.InterestRegistrations.AddRange(registrations);
        db.Downloads.Add(DemoReport.Create(now));
        await db.SaveChangesAsync(cancellationToken);
        await DemoPartnerArea.SeedAsync(db, partners.Values, examples, now, cancellationToken);

        logger.LogInformation(
            "Demo-Inhalte angelegt: {Enterprises} Sozialbetriebe, {Offers} Angebote, {Partners} Partner, {Examples} Praxisbeispiele, {Images} Bilder in {Milliseconds} ms (davon {ImageMilliseconds} ms für Bilder).",
            enterprises.Count, offers.Count, partners.Count, examples.Count, images.Count, stopwatch.ElapsedMilliseconds, imageMilliseconds);
    }

    private static Dictionary<string, SocialEnterprise> CreateEnterprises(DemoReferences references, DemoImageQueue images)
    {
        var enterprises = new Dictionary<string, SocialEnterprise>();
        foreach (var item in DemoSocialEnterprises.All)
        {
            var enterprise = new SocialEnterprise
            {
                Name = item.Name,
                Slug = Slug.From(item.Name),
                Teaser = item.Teaser,
                ProfileMarkdown = item.Profile,
                Segment = item.Segment,
                LegalForm = item.LegalForm,
                DistrictId = references.DistrictId(item.District),
                Street = item.Street,
                PostalCode = item.PostalCode,
                Town = item.Town,
                ContactPerson = item.ContactPerson,
                Phone = item.Phone,
                Email = item.Email,
                Website = item.Website,
                FieldsOfWork = references.Fields(item.Fields),
                QualityMarks = references.QualityMarks(item.QualityMarks),
                State = PublishState.Published,
            };
            if (item.Logo is { } mark)
            {
                images.Logo(item.Name, item.Fields[0], mark, logo => enterprise.Logo = logo);
            }

            enterprises.Add(item.Key, enterprise);
        }

        return enterprises;
    }

    private static List<Offer> CreateOffers(Dictionary<string, SocialEnterprise> enterprises, DemoReferences references, DemoImageQueue images)
    {
        var offers = new List<Offer>();
        foreach (var item in DemoOffers.All)
        {
            var offer = new Offer
            {
                SocialEnterprise = enterprises[item.Enterprise],
                Kind = item.Kind,
                Title = item.Title,
                Slug = Slug.From(item.Title),
                DescriptionMarkdown = item.Description,
                FieldOfWork = references.Field(item.Field),
                IndicativePrice = item.Price,
                LeadTime = item.LeadTime,
                MinimumQuantity = item.MinimumQuantity,
                State = PublishState.Published,
            };
            if (item.HasImage)
            {
                images.Picture(item.Field, $"„{item.Title}“", DemoImageFactory.OfferWidth, picture => offer.Images.Add(new OfferImage { MediaImage = picture }));
            }

            offers.Add(offer);
        }

        return offers;
    }

    private static Dictionary<string, Partner> CreatePartners(
        IReadOnlyDictionary<string, Programme> programmes, DemoReferences references, DemoImageQueue images)
    {
        var partners = new Dictionary<string, Partner>();
        foreach (var item in DemoPartners.All)
        {
            var partner = new Partner
            {
                Name = item.Name,
                Slug = Slug.From(item.Name),
                Kind = item.Kind,
                Sector = item.Sector,
                DistrictId = references.DistrictId(item.District),
                Website = item.Website,
                Teaser = item.Teaser,
                ShowcaseMarkdown = item.Showcase,
                Programme = item.Programme is null ? null : programmes[item.Programme],
                State = PublishState.Published,
            };
            if (item.Logo is { } mark)
            {
                images.Logo(item.Name, item.LogoField, mark, logo => partner.Logo = logo);
            }

            partners.Add(item.Key, partner);
        }

        return partners;
    }

    private static List<BestPracticeExample> CreateExamples(
        Dictionary<string, Partner> partners,
        Dictionary<string, SocialEnterprise> enterprises,
        DemoReferences references,
        DemoImageQueue images,
        DateTime now)
    {
        var items = DemoExamples.All.ToList();
        var examples = new List<BestPracticeExample>();
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var example = new BestPracticeExample
            {
                Title = item.Title,
                Slug = Slug.From(item.Title),
                Teaser = item.Teaser,
                BodyMarkdown = item.Body,
                OutputType = item.Output,
                YearFrom = item.YearFrom,
                YearTo = item.YearTo,
                IsOngoing = item.YearTo is null,
                MaterialReusedKg = item.MaterialKg,
                ProgrammeWorkHours = item.WorkHours,
                PeopleEmployed = item.People,
                QuoteText = item.Quote,
                QuoteAuthor = item.QuoteAuthor,
                Partners = item.Partners.Select(key => partners[key]).ToList(),
                SocialEnterprises = item.Enterprises.Select(key => enterprises[key]).ToList(),
                FieldsOfWork = references.Fields(item.Fields),
                State = item.State,

                // Spread publication dates over the past weeks so "newest first" lists look lived-in.
                PublishAt = now.AddDays(item.PublishInDays != 0 ? item.PublishInDays : -4 * (items.Count - index)),
            };
            AddGallery(example, item, images);
            examples.Add(example);
        }

        return examples;
    }

    private static void AddGallery(BestPracticeExample example, DemoExample item, DemoImageQueue images)
    {
        for (var i = 0; i < item.ImageCount; i++)
        {
            var sortOrder = i;
            images.Picture(
                item.Fields[i % item.Fields.Length],
                $"„{item.Title}“",
                DemoImageFactory.GalleryWidth,
                picture => example.Images.Add(new ExampleImage { MediaImage = picture, SortOrder = sortOrder }));
        }
    }
}
