using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class MediaImageConfiguration : IEntityTypeConfiguration<MediaImage>
{
    public void Configure(EntityTypeBuilder<MediaImage> builder)
    {
        builder.Property(m => m.AltText).HasMaxLength(300).IsRequired();
        builder.HasMany(m => m.Variants).WithOne().HasForeignKey(v => v.MediaImageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MediaVariantConfiguration : IEntityTypeConfiguration<MediaVariant>
{
    public void Configure(EntityTypeBuilder<MediaVariant> builder)
    {
        builder.Property(v => v.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(v => v.Hash);
        builder.Property(v => v.Data).IsRequired();
    }
}
