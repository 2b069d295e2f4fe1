using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Web.Data.Configurations.PublishableContentConfiguration;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ConfigurePublishable(p => new { p.State, p.DeletedAt, p.PublishAt, p.SortName, p.Slug, p.UpdatedAt });
        builder.Property(p => p.Name).HasMaxLength(TitleLength).IsRequired();
        builder.Property(p => p.Sector).HasMaxLength(ShortTextLength);
        builder.Property(p => p.Website).HasMaxLength(UrlLength);
        builder.Property(p => p.Teaser).HasMaxLength(TeaserLength).IsRequired();
        builder.Property(p => p.ShowcaseMarkdown).IsRequired();
        builder.HasOne(p => p.District).WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Logo).WithMany().HasForeignKey(p => p.LogoId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Programme).WithMany(p => p.Partners).HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.SetNull);
    }
}
