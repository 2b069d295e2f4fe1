using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Web.Data.Configurations.PublishableContentConfiguration;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class DownloadConfiguration : IEntityTypeConfiguration<Download>
{
    public void Configure(EntityTypeBuilder<Download> builder)
    {
        builder.ConfigurePublishable();
        builder.Property(d => d.Title).HasMaxLength(TitleLength).IsRequired();
        builder.Property(d => d.Description).HasMaxLength(TeaserLength);
        builder.HasOne(d => d.StoredFile).WithMany().HasForeignKey(d => d.StoredFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(f => f.Data).IsRequired();
    }
}
