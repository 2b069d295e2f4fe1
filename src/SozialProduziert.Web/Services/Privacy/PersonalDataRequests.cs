using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.Privacy;

/// <summary>Everything one store holds about a person.</summary>
public sealed record PersonalDataSection(string StoreName, IReadOnlyList<PersonalDataRecord> Records);

/// <summary>An earlier erasure for the same address, found by its fingerprint in the audit log.</summary>
public sealed record EarlierErasure(DateTime At, string? By);

/// <summary>
/// DSGVO requests of a person (Art. 15, 17, 20): search every registered <see cref="IPersonalDataStore"/> by
/// e-mail address, export what was found, erase it. The audit log records each export and erasure without the
/// address itself.
/// </summary>
public sealed class PersonalDataRequests(IEnumerable<IPersonalDataStore> stores, AppDbContext db, AuditLog audit)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public IReadOnlyList<string> StoreNames => stores.Select(s => s.Name).ToList();

    public async Task<IReadOnlyList<PersonalDataSection>> FindAsync(string email, CancellationToken cancellationToken)
    {
        var sections = new List<PersonalDataSection>();
        foreach (var store in stores)
        {
            sections.Add(new PersonalDataSection(store.Name, await store.FindAsync(email, cancellationToken)));
        }

        return sections;
    }

    public async Task<IReadOnlyList<EarlierErasure>> EarlierErasuresAsync(string email, CancellationToken cancellationToken)
    {
        var marker = ErasureMarker(email);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditAction.PersonalDataErased && a.Details != null && a.Details.Contains(marker))
            .OrderByDescending(a => a.Id)
            .Select(a => new EarlierErasure(a.At, a.UserName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The export as JSON (Art. 20: structured, common, machine-readable), audited.</summary>
    public async Task<byte[]> ExportJsonAsync(string email, DateTime exportedAtUtc, CancellationToken cancellationToken)
    {
        var sections = await FindAsync(email, cancellationToken);
        await AuditExportAsync(email, sections, "JSON", cancellationToken);
        var document = new
        {
            emailAddress = PersonalData.Normalise(email),
            exportedAtUtc,
            sections = sections.Select(s => new
            {
                name = s.StoreName,
                records = s.Records.Select(r => new { title = r.Title, fields = r.Fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value) }),
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    public async Task AuditExportAsync(string email, IReadOnlyList<PersonalDataSection> sections, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sections);
        await audit.WriteAsync(AuditAction.PersonalDataExported,
            $"Auskunft ({format}): {Summary(sections.Select(s => (s.StoreName, s.Records.Count)))}; {ErasureMarker(email)}", null, cancellationToken);
    }

    /// <summary>Anonymises the person in every store, all or nothing; returns the records changed per store.</summary>
    public async Task<IReadOnlyList<(string StoreName, int Count)>> EraseAsync(string email, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var counts = new List<(string, int)>();
            foreach (var store in stores)
            {
                counts.Add((store.Name, await store.EraseAsync(email, cancellationToken)));
            }

            audit.Add(AuditAction.PersonalDataErased, $"Löschung auf Anfrage: {Summary(counts)}; {ErasureMarker(email)}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (IReadOnlyList<(string, int)>)counts;
        });
    }

    /// <summary>"Kennung 1a2b…": the fingerprint by which a later search finds this entry, never the address.</summary>
    private static string ErasureMarker(string email) => $"Kennung {PersonalData.Fingerprint(email)}";

    private static string Summary(IEnumerable<(string StoreName, int Count)> counts)
    {
        var list = counts.ToList();
        return $"{list.Sum(c => c.Count)} Datensätze ({string.Join(", ", list.Select(c => $"{c.StoreName}: {c.Count}"))})";
    }
}
