using System.Globalization;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// The tags cached public pages carry, so a change evicts exactly the pages that show what changed.
/// A page carries the type tag of every kind of item it lists or counts ("examples"), the item tag of the item
/// it is about ("example:42"), the reference tags of the lists it shows names from ("districts"), and the media
/// tag of every image on it ("media:7"). See docs/performance.md, "Output cache".
/// </summary>
public static class CacheTags
{
    public const string Examples = "examples";
    public const string SocialEnterprises = "enterprises";
    public const string Offers = "offers";
    public const string Partners = "partners";
    public const string Pages = "pages";
    public const string Downloads = "downloads";

    public const string FieldsOfWork = "fields-of-work";
    public const string QualityMarks = "quality-marks";
    public const string Districts = "districts";
    public const string Programmes = "programmes";

    /// <summary>Every cached public page also carries this tag, so operators can empty the whole cache at once.</summary>
    public const string AllPages = "public";

    /// <summary>The type tag of a content type (the tag of every list, count and feed of it), or null for other types.</summary>
    public static string? ForType(Type type) => type switch
    {
        _ when type == typeof(BestPracticeExample) => Examples,
        _ when type == typeof(SocialEnterprise) => SocialEnterprises,
        _ when type == typeof(Offer) => Offers,
        _ when type == typeof(Partner) => Partners,
        _ when type == typeof(Page) => Pages,
        _ when type == typeof(Download) => Downloads,
        _ when type == typeof(FieldOfWork) => FieldsOfWork,
        _ when type == typeof(QualityMark) => QualityMarks,
        _ when type == typeof(District) => Districts,
        _ when type == typeof(Programme) => Programmes,
        _ => null,
    };

    /// <summary>The tag of one content item's own page and of every page that shows it, e.g. "example:42".</summary>
    public static string Item<T>(int id)
        where T : PublishableContent => Item(typeof(T), id)!;

    /// <summary>The item tag of a content type and id, or null when the type has no public pages of its own.</summary>
    public static string? Item(Type type, int id) => ItemPrefix(type) is { } prefix
        ? prefix + ":" + id.ToString(CultureInfo.InvariantCulture)
        : null;

    public static string Media(int mediaImageId) => "media:" + mediaImageId.ToString(CultureInfo.InvariantCulture);

    private static string? ItemPrefix(Type type) => type switch
    {
        _ when type == typeof(BestPracticeExample) => "example",
        _ when type == typeof(SocialEnterprise) => "enterprise",
        _ when type == typeof(Offer) => "offer",
        _ when type == typeof(Partner) => "partner",
        _ when type == typeof(Page) => "page",
        _ when type == typeof(Download) => "download",
        _ => null,
    };
}
