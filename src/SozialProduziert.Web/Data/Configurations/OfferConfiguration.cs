using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Web.Data.Configurations.PublishableContentConfiguration;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        // The list in its order (title, then id), then what decides whether an offer is public (PublishAt, its
        // Sozialbetrieb), the list's filters (field of work, kind) and what the sitemap lists (slug, date).
        builder.ConfigurePublishable(o => new
        {
            o.State, o.DeletedAt, o.SortName, o.Id, o.PublishAt, o.SocialEnterpriseId, o.FieldOfWorkId, o.Kind, o.Slug, o.UpdatedAt,
        });
        builder.Property(o => o.Title).HasMaxLength(TitleLength).IsRequired();
        builder.Property(o => o.DescriptionMarkdown).IsRequired();
        builder.Property(o => o.IndicativePrice).HasMaxLength(ShortTextLength);
        builder.Property(o => o.LeadTime).HasMaxLength(ShortTextLength);
        builder.Property(o => o.MinimumQuantity).HasMaxLength(ShortTextLength);
        builder.HasIndex(o => o.Kind);

        // A Sozialbetrieb's public offers, for its profile and for counting offers of public Sozialbetriebe.
        builder.HasIndex(o => new { o.SocialEnterpriseId, o.State, o.DeletedAt, o.PublishAt });
        builder.HasOne(o => o.SocialEnterprise).WithMany(e => e.Offers).HasForeignKey(o => o.SocialEnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.FieldOfWork).WithMany().HasForeignKey(o => o.FieldOfWorkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Images).WithOne().HasForeignKey(i => i.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfferImageConfiguration : IEntityTypeConfiguration<OfferImage>
{
    public void Configure(EntityTypeBuilder<OfferImage> builder)
    {
        builder.HasKey(i => new { i.OfferId, i.MediaImageId });
        builder.HasOne(i => i.MediaImage).WithMany().HasForeignKey(i => i.MediaImageId).OnDelete(DeleteBehavior.Cascade);
    }
}
