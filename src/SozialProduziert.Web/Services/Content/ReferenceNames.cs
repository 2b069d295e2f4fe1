using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Content;

/// <summary>
/// Turns the ids a revision stores (district, partners, images …) into the names staff recognise,
/// with one query per referenced type. Items deleted since are named as such instead of vanishing.
/// </summary>
public sealed class ReferenceNames(AppDbContext db)
{
    private readonly Dictionary<(Type, int), string> _names = [];

    public async Task LoadAsync(IEnumerable<(Type Type, int Id)> references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(references);
        foreach (var group in references.Where(r => !_names.ContainsKey(r)).GroupBy(r => r.Type))
        {
            var ids = group.Select(r => r.Id).Distinct().ToList();
            foreach (var (id, name) in await NamesAsync(group.Key, ids, cancellationToken))
            {
                _names[(group.Key, id)] = name;
            }
        }
    }

    /// <summary>The loaded name, or a plain description of an item that no longer exists.</summary>
    public string Name(Type type, int id) =>
        _names.TryGetValue((type, id), out var name) ? name : $"Eintrag Nr. {id} (nicht mehr vorhanden)";

    public bool Exists(Type type, int id) => _names.ContainsKey((type, id));

    private Task<List<(int Id, string Name)>> NamesAsync(Type type, List<int> ids, CancellationToken cancellationToken) => type.Name switch
    {
        nameof(Partner) => Query(db.Partners.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }), e => (e.Id, e.Name), cancellationToken),
        nameof(SocialEnterprise) => Query(db.SocialEnterprises.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }), e => (e.Id, e.Name), cancellationToken),
        nameof(BestPracticeExample) => Query(db.Examples.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, Name = e.Title }), e => (e.Id, e.Name), cancellationToken),
        nameof(FieldOfWork) => Query(db.FieldsOfWork.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }), e => (e.Id, e.Name), cancellationToken),
        nameof(QualityMark) => Query(db.QualityMarks.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }), e => (e.Id, e.Name), cancellationToken),
        nameof(District) => Query(db.Districts.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }), e => (e.Id, e.Name), cancellationToken),
        nameof(Programme) => Query(db.Programmes.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }), e => (e.Id, e.Name), cancellationToken),
        nameof(MediaImage) => Query(db.MediaImages.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, Name = e.AltText }), e => (e.Id, $"Bild „{e.Name}“"), cancellationToken),
        nameof(StoredFile) => Query(db.StoredFiles.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, Name = e.FileName }), e => (e.Id, e.Name), cancellationToken),
        _ => Task.FromResult(new List<(int, string)>()),
    };

    private static async Task<List<(int Id, string Name)>> Query<TRow>(IQueryable<TRow> query, Func<TRow, (int, string)> map, CancellationToken cancellationToken) =>
        (await query.ToListAsync(cancellationToken)).Select(map).ToList();
}
