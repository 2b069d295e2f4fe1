using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.Property(r => r.ContentType).HasMaxLength(64).IsRequired();
        builder.Property(r => r.OldSlug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(r => new { r.ContentType, r.OldSlug }).IsUnique();
    }
}
