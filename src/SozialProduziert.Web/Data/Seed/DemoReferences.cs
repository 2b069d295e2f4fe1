using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>
/// The reference data the demo content points at, looked up by slug: districts (seeded by migration), fields of
/// work and quality marks (seeded by <see cref="ReferenceDataSeeder"/>, which runs first).
/// </summary>
internal sealed class DemoReferences
{
    private readonly Dictionary<string, int> _districtIds;
    private readonly Dictionary<string, FieldOfWork> _fields;
    private readonly Dictionary<string, QualityMark> _qualityMarks;

    private DemoReferences(Dictionary<string, int> districtIds, Dictionary<string, FieldOfWork> fields, Dictionary<string, QualityMark> qualityMarks)
    {
        _districtIds = districtIds;
        _fields = fields;
        _qualityMarks = qualityMarks;
    }

    public static async Task<DemoReferences> LoadAsync(AppDbContext db, CancellationToken cancellationToken) => new(
        await db.Districts.ToDictionaryAsync(d => d.Slug, d => d.Id, cancellationToken),
        await db.FieldsOfWork.ToDictionaryAsync(f => f.Slug, cancellationToken),
        await db.QualityMarks.ToDictionaryAsync(q => q.Slug, cancellationToken));

    public int DistrictId(string slug) => Find(_districtIds, slug, "district");

    public FieldOfWork Field(string slug) => Find(_fields, slug, "field of work");

    public List<FieldOfWork> Fields(IEnumerable<string> slugs) => slugs.Select(Field).ToList();

    public List<QualityMark> QualityMarks(IEnumerable<string> slugs) => slugs.Select(s => Find(_qualityMarks, s, "quality mark")).ToList();

    private static T Find<T>(Dictionary<string, T> items, string slug, string kind) =>
        items.TryGetValue(slug, out var item)
            ? item
            : throw new InvalidOperationException($"The demo content refers to the {kind} '{slug}', which is not in the database.");
}
