using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

/// <summary>The columns and indexes every publishable content table shares.</summary>
internal static class PublishableContentConfiguration
{
    public const int TitleLength = 200;
    public const int TeaserLength = 500;
    public const int ShortTextLength = 200;
    public const int UrlLength = 500;

    public static void ConfigurePublishable<T>(this EntityTypeBuilder<T> builder)
        where T : PublishableContent
    {
        builder.Property(e => e.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => new { e.State, e.PublishAt });
        builder.Property(e => e.SearchText).IsRequired();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.DeletedAt);
    }
}
