using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Web.Data.Configurations.PublishableContentConfiguration;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> builder)
    {
        builder.ConfigurePublishable();
        builder.Property(p => p.Title).HasMaxLength(TitleLength).IsRequired();
        builder.Property(p => p.MetaDescription).HasMaxLength(TeaserLength);
        builder.Property(p => p.BodyMarkdown).IsRequired();
    }
}
