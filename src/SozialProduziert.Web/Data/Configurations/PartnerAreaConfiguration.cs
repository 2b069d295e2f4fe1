using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class PartnerMemberConfiguration : IEntityTypeConfiguration<PartnerMember>
{
    public void Configure(EntityTypeBuilder<PartnerMember> builder)
    {
        // The user id is the key: one account, one firm.
        builder.HasKey(m => m.UserId);
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.HasOne<PortalUser>().WithOne().HasForeignKey<PartnerMember>(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Partner).WithMany().HasForeignKey(m => m.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.PartnerId);
    }
}

internal sealed class PartnerInvitationConfiguration : IEntityTypeConfiguration<PartnerInvitation>
{
    public void Configure(EntityTypeBuilder<PartnerInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Name).HasMaxLength(200).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(i => i.InvitedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.PartnerId);
        builder.HasOne(i => i.Partner).WithMany().HasForeignKey(i => i.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShowcaseReviewConfiguration : IEntityTypeConfiguration<ShowcaseReview>
{
    public void Configure(EntityTypeBuilder<ShowcaseReview> builder)
    {
        builder.Property(r => r.Comment).HasMaxLength(4000);
        builder.Property(r => r.ContentHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.DecidedByName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.DecidedByUserId).HasMaxLength(450);
        builder.Property(r => r.RecordedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.PartnerId, r.DecidedAt });
        builder.HasOne(r => r.Partner).WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImpactFigureConfiguration : IEntityTypeConfiguration<ImpactFigure>
{
    public void Configure(EntityTypeBuilder<ImpactFigure> builder)
    {
        builder.Property(f => f.Value).HasPrecision(18, 2);
        builder.Property(f => f.Source).HasMaxLength(500).IsRequired();
        builder.Property(f => f.MethodNote).HasMaxLength(2000).IsRequired();
        builder.Property(f => f.PartnerConfirmedBy).HasMaxLength(200);
        builder.Property(f => f.PartnerConfirmedByUserId).HasMaxLength(450);
        builder.Property(f => f.EnterpriseConfirmedBy).HasMaxLength(200);
        builder.Property(f => f.EnterpriseConfirmationRecordedBy).HasMaxLength(256);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.Unit);
        builder.Ignore(f => f.IsFullyConfirmed);
        builder.HasIndex(f => new { f.PartnerId, f.Year });
        builder.HasOne(f => f.Partner).WithMany().HasForeignKey(f => f.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Example).WithMany().HasForeignKey(f => f.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Inquiry).WithMany().HasForeignKey(f => f.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.InquiryId);
        builder.ToTable(t => t.HasCheckConstraint("CK_ImpactFigures_ExampleOrInquiry", "(\"ExampleId\" IS NULL AND \"InquiryId\" IS NOT NULL) OR (\"ExampleId\" IS NOT NULL AND \"InquiryId\" IS NULL)"));
        builder.HasOne(f => f.SocialEnterprise).WithMany().HasForeignKey(f => f.SocialEnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
