using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Web.Data.Configurations.PublishableContentConfiguration;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class BestPracticeExampleConfiguration : IEntityTypeConfiguration<BestPracticeExample>
{
    public void Configure(EntityTypeBuilder<BestPracticeExample> builder)
    {
        builder.ToTable("Examples");
        // Newest() sorts by IsOngoing, YearTo ?? YearFrom and PublishAt; the home page sums the impact figures; the sitemap lists slugs.
        builder.ConfigurePublishable(e => new
        {
            e.State, e.DeletedAt, e.PublishAt, e.IsOngoing, e.YearFrom, e.YearTo, e.MaterialReusedKg, e.ProgrammeWorkHours, e.PeopleEmployed, e.Slug, e.UpdatedAt,
        });
        builder.Property(e => e.Title).HasMaxLength(TitleLength).IsRequired();
        builder.Property(e => e.Teaser).HasMaxLength(TeaserLength).IsRequired();
        builder.Property(e => e.BodyMarkdown).IsRequired();
        builder.Property(e => e.QuoteText).HasMaxLength(1000);
        builder.Property(e => e.QuoteAuthor).HasMaxLength(ShortTextLength);
        builder.HasIndex(e => e.OutputType);
        builder.HasIndex(e => new { e.YearFrom, e.YearTo });
        builder.HasMany(e => e.Partners).WithMany(p => p.Examples).UsingEntity("ExamplePartner");
        builder.HasMany(e => e.SocialEnterprises).WithMany(s => s.Examples).UsingEntity("ExampleSocialEnterprise");
        builder.HasMany(e => e.FieldsOfWork).WithMany(f => f.Examples).UsingEntity("ExampleFieldOfWork");
        builder.HasMany(e => e.Images).WithOne().HasForeignKey(i => i.ExampleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExampleImageConfiguration : IEntityTypeConfiguration<ExampleImage>
{
    public void Configure(EntityTypeBuilder<ExampleImage> builder)
    {
        builder.HasKey(i => new { i.ExampleId, i.MediaImageId });
        builder.HasOne(i => i.MediaImage).WithMany().HasForeignKey(i => i.MediaImageId).OnDelete(DeleteBehavior.Cascade);
    }
}
