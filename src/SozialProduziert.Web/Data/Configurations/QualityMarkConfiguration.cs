using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class QualityMarkConfiguration : IEntityTypeConfiguration<QualityMark>
{
    public void Configure(EntityTypeBuilder<QualityMark> builder)
    {
        builder.Property(q => q.Name).HasMaxLength(100).IsRequired();
        builder.Property(q => q.Slug).HasMaxLength(100).IsRequired();
        builder.HasIndex(q => q.Slug).IsUnique();
        builder.Property(q => q.Description).HasMaxLength(PublishableContentConfiguration.TeaserLength);
        builder.Property(q => q.Website).HasMaxLength(PublishableContentConfiguration.UrlLength);
    }
}
