using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Bench.DataGenerator;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Data.Seed;
using SozialProduziert.Web.Domain;

// Fills a SQLite file with a large portal: by default 10,000 examples, 2,000 Sozialbetriebe, 20,000 offers and
// 1,000 partners, with a few hundred shared images. Usage: DataGenerator <file.db> [--scale 0.1]
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("Usage: DataGenerator <file.db> [--scale <factor>]");
    return 2;
}

var path = Path.GetFullPath(args[0]);
var scale = args.Length >= 3 && args[1] == "--scale" ? double.Parse(args[2], CultureInfo.InvariantCulture) : 1.0;
int Scaled(int count) => Math.Max(1, (int)(count * scale));
var cancellationToken = CancellationToken.None;
var clock = Stopwatch.StartNew();

foreach (var file in new[] { path, path + "-wal", path + "-shm" })
{
    File.Delete(file);
}

Directory.CreateDirectory(Path.GetDirectoryName(path)!);
var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
    .UseSqlite(connectionString)
    .AddInterceptors(new ContentStampingInterceptor(TimeProvider.System), new VariantManifestInterceptor())
    .Options;
AppDbContext NewContext() => new SqliteAppDbContext(options);

List<(int Id, string Slug)> fields;
List<int> marks;
await using (var db = NewContext())
{
    await db.Database.MigrateAsync(cancellationToken);
    await new ReferenceDataSeeder(db).SeedAsync(cancellationToken);
    fields = await db.FieldsOfWork.OrderBy(f => f.SortOrder).Select(f => new ValueTuple<int, string>(f.Id, f.Slug)).ToListAsync(cancellationToken);
    marks = await db.QualityMarks.Select(q => q.Id).ToListAsync(cancellationToken);
}

Console.WriteLine($"{clock.Elapsed:mm\\:ss} schema and reference data");
var (pictures, logos) = await ImagePool.CreateAsync(NewContext, fields.Select(f => f.Slug).ToList(), Scaled(160), Scaled(40), cancellationToken);
Console.WriteLine($"{clock.Elapsed:mm\\:ss} {pictures.Count} pictures and {logos.Count} logos");

var words = new Wording(20261127);
var districts = LowerAustriaDistricts.All;
var now = DateTime.UtcNow;
var slugs = new HashSet<string>(StringComparer.Ordinal);
var writer = new ContentWriter(NewContext);

string UniqueSlug(string type, string title)
{
    var slug = Slug.From(title);
    var candidate = slug;
    for (var n = 2; !slugs.Add(type + "/" + candidate); n++)
    {
        candidate = $"{slug[..Math.Min(slug.Length, Slug.MaxLength - 8)]}-{n}";
    }

    return candidate;
}

T Publish<T>(T item, string type, string title)
    where T : PublishableContent
{
    item.Slug = UniqueSlug(type, title);
    var roll = words.Next(100);
    item.State = roll switch { 0 => PublishState.Draft, 1 => PublishState.Archived, _ => PublishState.Published };
    item.PublishAt = roll == 2 ? now.AddDays(words.Next(1, 30)) : now.AddMinutes(-words.Next(1, 3 * 365 * 24 * 60));
    return item;
}

var enterpriseIds = await writer.InsertAsync(Scaled(2000), (stubs, i) =>
{
    var district = words.Pick(districts);
    var name = $"{words.Enterprise(district.Name)} {words.Surname()}";
    var enterprise = Publish(new SocialEnterprise
    {
        Name = name,
        Teaser = words.Teaser($"{name} bietet {words.Service()} und fertigt {words.Product()}"),
        ProfileMarkdown = words.Body(name),
        Segment = (LabourMarketSegment)words.Next(4),
        LegalForm = words.Chance(0.7) ? "Verein" : "gemeinnützige GmbH",
        DistrictId = district.Id,
        Street = $"{words.Surname()}gasse {words.Next(1, 80)}",
        PostalCode = string.Create(CultureInfo.InvariantCulture, $"{words.Next(2000, 3999)}"),
        Town = district.Name,
        ContactPerson = $"Mag. {words.Surname()}",
        Phone = words.Phone(),
        Email = $"office{i}@sozialbetrieb.example",
        Website = $"https://betrieb{i}.example",
        LogoId = words.Pick(logos),
    }, "se", name);
    foreach (var field in fields.OrderBy(_ => words.Next(100)).Take(words.Next(1, 4)))
    {
        enterprise.FieldsOfWork.Add(stubs.Field(field.Id));
    }

    if (words.Chance(0.4))
    {
        enterprise.QualityMarks.Add(stubs.Mark(words.Pick(marks)));
    }

    return enterprise;
}, cancellationToken);
Console.WriteLine($"{clock.Elapsed:mm\\:ss} {enterpriseIds.Count} Sozialbetriebe");

var partnerIds = await writer.InsertAsync(Scaled(1000), (_, i) =>
{
    var district = words.Pick(districts);
    var name = words.Company(district.Name);
    return Publish(new Partner
    {
        Name = name,
        Kind = (PartnerKind)(words.Next(10) switch { < 6 => 0, < 8 => 1, _ => 2 }),
        Sector = words.Pick(["Handel", "Gewerbe", "Industrie", "Verwaltung", "Gesundheit", "Tourismus"]),
        DistrictId = district.Id,
        LogoId = words.Pick(logos),
        Website = $"https://partner{i}.example",
        Teaser = words.Teaser($"{name} arbeitet mit Sozialbetrieben in der Region zusammen"),
        ShowcaseMarkdown = words.Body(name),
    }, "pa", name);
}, cancellationToken);
Console.WriteLine($"{clock.Elapsed:mm\\:ss} {partnerIds.Count} partners");

var offerIds = await writer.InsertAsync(Scaled(20000), (_, _) =>
{
    var title = words.OfferTitle();
    var offer = Publish(new Offer
    {
        SocialEnterpriseId = words.Pick(enterpriseIds),
        Kind = words.Chance(0.6) ? OfferKind.Product : OfferKind.Service,
        Title = title,
        DescriptionMarkdown = words.Body(title),
        FieldOfWorkId = words.Pick(fields).Id,
        IndicativePrice = words.Chance(0.5) ? string.Create(CultureInfo.InvariantCulture, $"ab {words.Next(3, 90)} € pro Stück") : null,
        LeadTime = words.Chance(0.5) ? $"{words.Next(1, 8)} Wochen" : null,
        MinimumQuantity = words.Chance(0.3) ? $"{words.Next(10, 500)} Stück" : null,
    }, "of", title);
    offer.Images.Add(new OfferImage { MediaImageId = words.Pick(pictures), SortOrder = 0 });
    return offer;
}, cancellationToken);
Console.WriteLine($"{clock.Elapsed:mm\\:ss} {offerIds.Count} offers");

var exampleIds = await writer.InsertAsync(Scaled(10000), (stubs, _) =>
{
    var title = words.ExampleTitle();
    var from = words.Next(2015, 2027);
    var ongoing = words.Chance(0.15);
    var example = Publish(new BestPracticeExample
    {
        Title = title,
        Teaser = words.Teaser(title),
        BodyMarkdown = words.Body(title),
        YearFrom = from,
        YearTo = ongoing ? null : Math.Min(2026, from + words.Next(3)),
        IsOngoing = ongoing,
        OutputType = (OutputType)words.Next(4),
        MaterialReusedKg = words.Chance(0.6) ? words.Next(50, 20000) : null,
        ProgrammeWorkHours = words.Chance(0.7) ? words.Next(20, 5000) : null,
        PeopleEmployed = words.Chance(0.7) ? words.Next(1, 40) : null,
        QuoteText = words.Chance(0.4) ? "Die Zusammenarbeit ist unkompliziert, und die Qualität stimmt." : null,
        QuoteAuthor = words.Chance(0.4) ? $"Ing. {words.Surname()}, Geschäftsführung" : null,
    }, "ex", title);
    foreach (var id in Enumerable.Range(0, words.Next(1, 3)).Select(_ => words.Pick(enterpriseIds)).Distinct())
    {
        example.SocialEnterprises.Add(stubs.Enterprise(id));
    }

    foreach (var id in Enumerable.Range(0, words.Next(1, 3)).Select(_ => words.Pick(partnerIds)).Distinct())
    {
        example.Partners.Add(stubs.Partner(id));
    }

    foreach (var field in Enumerable.Range(0, words.Next(1, 3)).Select(_ => words.Pick(fields).Id).Distinct())
    {
        example.FieldsOfWork.Add(stubs.Field(field));
    }

    foreach (var (picture, order) in Enumerable.Range(0, words.Next(1, 4)).Select(_ => words.Pick(pictures)).Distinct().Select((p, o) => (p, o)))
    {
        example.Images.Add(new ExampleImage { MediaImageId = picture, SortOrder = order });
    }

    return example;
}, cancellationToken);
Console.WriteLine($"{clock.Elapsed:mm\\:ss} {exampleIds.Count} examples");

await writer.InsertAsync(5, (_, i) =>
{
    var title = $"Jahresbericht {2021 + i}";
    var data = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {title}\n%%EOF\n");
    return Publish(new Download
    {
        Title = title,
        Description = "Zahlen, Beispiele und Erfahrungen aus einem Jahr Sozialer Produktion in Niederösterreich.",
        StoredFile = new StoredFile
        {
            FileName = $"jahresbericht-{2021 + i}.pdf",
            ContentType = "application/pdf",
            Length = data.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data)),
            Data = data,
            CreatedAt = now,
        },
    }, "dl", title);
}, cancellationToken);

// What the app would otherwise do at its first start: build the search index over everything generated.
await using (var db = NewContext())
{
    await SqliteSearchIndex.EnsureAsync(db, cancellationToken);
}

Console.WriteLine($"{clock.Elapsed:mm\\:ss} search index");

await using (var connection = new SqliteConnection(connectionString))
{
    await connection.OpenAsync(cancellationToken);
    await using var checkpoint = connection.CreateCommand();
    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
    await checkpoint.ExecuteNonQueryAsync(cancellationToken);
}

SqliteConnection.ClearAllPools();
Console.WriteLine($"{clock.Elapsed:mm\\:ss} done: {path} ({new FileInfo(path).Length / 1024 / 1024} MB)");
return 0;
