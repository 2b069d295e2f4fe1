using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class FieldOfWorkConfiguration : IEntityTypeConfiguration<FieldOfWork>
{
    public void Configure(EntityTypeBuilder<FieldOfWork> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Slug).HasMaxLength(100).IsRequired();
        builder.HasIndex(f => f.Slug).IsUnique();
    }
}
