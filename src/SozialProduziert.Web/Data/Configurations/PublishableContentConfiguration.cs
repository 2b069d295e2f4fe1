using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

/// <summary>The columns and indexes every publishable content table shares.</summary>
internal static class PublishableContentConfiguration
{
    public const int TitleLength = 200;

    /// <summary>A folded title can be longer than the title: "ä" becomes "ae".</summary>
    public const int SortNameLength = 2 * TitleLength;
    public const int TeaserLength = 500;
    public const int ShortTextLength = 200;
    public const int UrlLength = 500;

    /// <summary>
    /// <paramref name="visibilityIndex"/> holds the columns of the public visibility test (PublicQueries: State,
    /// DeletedAt, PublishAt), so the test reads only the index, never the wide rows with their Markdown and search
    /// text. A type adds the columns its public list sorts and counts by, so counting and choosing a page stay inside
    /// the index too. Offers put their list's order (SortName, Id) right after State and DeletedAt, the two the test
    /// compares for equality: the list then reads the index in its own order and stops after one page, where with
    /// PublishAt before them SQLite sorted all 20,000 public offers to show twelve (11-17 ms instead of about 1 ms).
    /// </summary>
    public static void ConfigurePublishable<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, object?>>? visibilityIndex = null)
        where T : PublishableContent
    {
        builder.Property(e => e.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(visibilityIndex ?? (e => new { e.State, e.DeletedAt, e.PublishAt })).HasDatabaseName($"IX_{typeof(T).Name}_Visibility");
        builder.Property(e => e.SearchText).IsRequired();
        builder.Property(e => e.SortName).HasMaxLength(SortNameLength).IsRequired();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.DeletedAt);
    }
}
