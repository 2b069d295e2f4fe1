using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class ContentRevisionConfiguration : IEntityTypeConfiguration<ContentRevision>
{
    public void Configure(EntityTypeBuilder<ContentRevision> builder)
    {
        builder.Property(r => r.ContentType).HasMaxLength(64).IsRequired();
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.UserName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Action).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Snapshot).IsRequired();
        builder.HasIndex(r => new { r.ContentType, r.ContentId, r.Number }).IsUnique();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.ContentType).HasMaxLength(64);
        builder.Property(a => a.Details).HasMaxLength(1000);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Action);
    }
}
