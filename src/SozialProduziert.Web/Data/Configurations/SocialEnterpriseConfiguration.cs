using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Web.Data.Configurations.PublishableContentConfiguration;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class SocialEnterpriseConfiguration : IEntityTypeConfiguration<SocialEnterprise>
{
    public void Configure(EntityTypeBuilder<SocialEnterprise> builder)
    {
        builder.ConfigurePublishable(e => new { e.State, e.DeletedAt, e.PublishAt, e.SortName, e.Slug, e.UpdatedAt });
        builder.Property(e => e.Name).HasMaxLength(TitleLength).IsRequired();
        builder.Property(e => e.Teaser).HasMaxLength(TeaserLength).IsRequired();
        builder.Property(e => e.ProfileMarkdown).IsRequired();
        builder.Property(e => e.LegalForm).HasMaxLength(100);
        builder.Property(e => e.Street).HasMaxLength(ShortTextLength);
        builder.Property(e => e.PostalCode).HasMaxLength(10);
        builder.Property(e => e.Town).HasMaxLength(100);
        builder.Property(e => e.ContactPerson).HasMaxLength(ShortTextLength);
        builder.Property(e => e.Phone).HasMaxLength(50);
        builder.Property(e => e.Email).HasMaxLength(254);
        builder.Property(e => e.Website).HasMaxLength(UrlLength);
        builder.HasIndex(e => e.Segment);
        builder.HasOne(e => e.District).WithMany().HasForeignKey(e => e.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Logo).WithMany().HasForeignKey(e => e.LogoId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.FieldsOfWork).WithMany(f => f.SocialEnterprises).UsingEntity("SocialEnterpriseFieldOfWork");
        builder.HasMany(e => e.QualityMarks).WithMany(q => q.SocialEnterprises).UsingEntity("SocialEnterpriseQualityMark");
    }
}
