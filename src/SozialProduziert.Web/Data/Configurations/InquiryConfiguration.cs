using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public const int DescriptionLength = 4000;
    public const int ShortTextLength = 200;

    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.Property(i => i.Description).HasMaxLength(DescriptionLength).IsRequired();
        builder.Property(i => i.Quantity).HasMaxLength(ShortTextLength);
        builder.Property(i => i.Frequency).HasMaxLength(ShortTextLength);
        builder.Property(i => i.Organisation).HasMaxLength(ShortTextLength);
        builder.Property(i => i.ContactPerson).HasMaxLength(ShortTextLength).IsRequired();
        builder.Property(i => i.Email).HasMaxLength(254).IsRequired();
        builder.Property(i => i.Phone).HasMaxLength(50);
        builder.Property(i => i.FollowUpTokenHash).HasMaxLength(64);
        builder.Property(i => i.OrderValueEuro).HasPrecision(12, 2);

        // Two staff members closing the same inquiry at once must not send two follow-ups.
        builder.Property(i => i.Status).IsConcurrencyToken();

        builder.HasIndex(i => new { i.Status, i.ReceivedAt });
        builder.HasIndex(i => i.Email);
        builder.HasIndex(i => i.FollowUpTokenHash).IsUnique();

        builder.Property(i => i.Topic).HasMaxLength(500);
        builder.HasOne(i => i.District).WithMany().HasForeignKey(i => i.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Notes).WithOne().HasForeignKey(n => n.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Assignments).WithOne().HasForeignKey(a => a.InquiryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InquiryNoteConfiguration : IEntityTypeConfiguration<InquiryNote>
{
    public void Configure(EntityTypeBuilder<InquiryNote> builder)
    {
        builder.Property(n => n.Author).HasMaxLength(256).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(InquiryConfiguration.DescriptionLength).IsRequired();
        builder.HasIndex(n => n.InquiryId);
    }
}

internal sealed class InquiryAssignmentConfiguration : IEntityTypeConfiguration<InquiryAssignment>
{
    public void Configure(EntityTypeBuilder<InquiryAssignment> builder)
    {
        builder.HasKey(a => new { a.InquiryId, a.SocialEnterpriseId });
        builder.Property(a => a.AssignedBy).HasMaxLength(256).IsRequired();
        builder.HasOne(a => a.SocialEnterprise).WithMany().HasForeignKey(a => a.SocialEnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}
