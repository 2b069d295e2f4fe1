using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Content;

/// <summary>
/// The content types that have a history and a Papierkorb, addressed by their CLR name in URLs
/// (/admin/verlauf/BestPracticeExample/12). Anything not listed here answers 404.
/// </summary>
public static class ContentKinds
{
    public static IReadOnlyList<ContentKind> All { get; } =
    [
        new ContentKind<BestPracticeExample>("Praxisbeispiel", "Praxisbeispiele", "/admin/praxisbeispiele", "beispiele",
            e => new ContentHeader(e.Id, e.Title, e.Slug, e.DeletedAt), ContentFieldLabels.Example),
        new ContentKind<SocialEnterprise>("Sozialbetrieb", "Sozialbetriebe", "/admin/sozialbetriebe", "sozialbetriebe",
            e => new ContentHeader(e.Id, e.Name, e.Slug, e.DeletedAt), ContentFieldLabels.SocialEnterprise),
        new ContentKind<Offer>("Angebot", "Angebote", "/admin/angebote", "angebote",
            e => new ContentHeader(e.Id, e.Title, e.Slug, e.DeletedAt), ContentFieldLabels.Offer),
        new ContentKind<Partner>("Partner", "Partner", "/admin/partner", "partner",
            e => new ContentHeader(e.Id, e.Name, e.Slug, e.DeletedAt), ContentFieldLabels.Partner),
        new ContentKind<Page>("Seite", "Seiten", "/admin/seiten", "seiten",
            e => new ContentHeader(e.Id, e.Title, e.Slug, e.DeletedAt), ContentFieldLabels.Page),
        new ContentKind<Download>("Download", "Downloads", "/admin/downloads", "downloads",
            e => new ContentHeader(e.Id, e.Title, e.Slug, e.DeletedAt), ContentFieldLabels.Download),
    ];

    /// <summary>The kind named in a URL (case-insensitive, because links are often lower-cased), or null.</summary>
    public static ContentKind? Find(string? name) =>
        string.IsNullOrEmpty(name) ? null : All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    public static ContentKind For(PublishableContent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Find(item.GetType().Name) ?? throw new ArgumentException($"{item.GetType().Name} has no history.", nameof(item));
    }
}

/// <summary>What lists show of any content item.</summary>
public sealed record ContentHeader(int Id, string Title, string Slug, DateTime? DeletedAt);

/// <summary>One content type: its German names, where it is edited, and type-safe queries the generic pages need.</summary>
public abstract class ContentKind(string label, string pluralLabel, string adminPath, string section, IReadOnlyList<KeyValuePair<string, string>> fieldLabels)
{
    public abstract string Name { get; }

    public abstract Type ClrType { get; }

    /// <summary>Singular German name, e.g. "Praxisbeispiel".</summary>
    public string Label { get; } = label;

    public string PluralLabel { get; } = pluralLabel;

    /// <summary>The admin list; an item's edit form is at AdminPath/{id}.</summary>
    public string AdminPath { get; } = adminPath;

    /// <summary>The nav key of _AdminLayout (Meta.Section).</summary>
    public string Section { get; } = section;

    /// <summary>German labels of the snapshot fields, in the order the edit form shows them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> FieldLabels { get; } = fieldLabels;

    public string FieldLabel(string field) =>
        FieldLabels.FirstOrDefault(l => l.Key == field).Value ?? ContentFieldLabels.Common(field) ?? field;

    /// <summary>The item, tracked, also when it is in the Papierkorb.</summary>
    public abstract Task<PublishableContent?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken);

    public abstract Task<ContentHeader?> HeaderAsync(AppDbContext db, int id, CancellationToken cancellationToken);

    public abstract Task<List<ContentHeader>> TrashedAsync(AppDbContext db, CancellationToken cancellationToken);

    /// <summary>True when another item of this type already answers at <paramref name="slug"/>.</summary>
    public abstract Task<bool> SlugTakenAsync(AppDbContext db, string slug, int exceptId, CancellationToken cancellationToken);
}

public sealed class ContentKind<T>(string label, string pluralLabel, string adminPath, string section,
    Expression<Func<T, ContentHeader>> header, IReadOnlyList<KeyValuePair<string, string>> fieldLabels)
    : ContentKind(label, pluralLabel, adminPath, section, fieldLabels)
    where T : PublishableContent
{
    private readonly Expression<Func<T, ContentHeader>> _header = header;

    public override string Name => typeof(T).Name;

    public override Type ClrType => typeof(T);

    public override async Task<PublishableContent?> FindAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<T>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    public override Task<ContentHeader?> HeaderAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>().AsNoTracking().Where(e => e.Id == id).Select(_header).FirstOrDefaultAsync(cancellationToken);
    }

    public override Task<List<ContentHeader>> TrashedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>().AsNoTracking().Where(e => e.DeletedAt != null).Select(_header).ToListAsync(cancellationToken);
    }

    public override Task<bool> SlugTakenAsync(AppDbContext db, string slug, int exceptId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>().AnyAsync(e => e.Slug == slug && e.Id != exceptId, cancellationToken);
    }
}
