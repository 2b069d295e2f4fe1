using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(PublishableContentConfiguration.TitleLength).IsRequired();
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.FundingBody).HasMaxLength(PublishableContentConfiguration.ShortTextLength);
        builder.Property(p => p.Places).HasDefaultValue(Programme.DefaultPlaces);
        builder.Property(p => p.OnSiteMinutes).HasDefaultValue(Programme.DefaultOnSiteMinutes);
        builder.Property(p => p.ConsultingMinutes).HasDefaultValue(Programme.DefaultConsultingMinutes);
    }
}
