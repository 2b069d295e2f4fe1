using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class InterestRegistrationConfiguration : IEntityTypeConfiguration<InterestRegistration>
{
    public const int NameLength = 200;
    public const int EmailLength = 256;
    public const int PhoneLength = 50;
    public const int IdeasLength = 2000;
    public const int TokenLength = 64;

    public void Configure(EntityTypeBuilder<InterestRegistration> builder)
    {
        builder.ToTable("InterestRegistrations");
        builder.Property(r => r.CompanyName).HasMaxLength(NameLength).IsRequired();
        builder.Property(r => r.CompanyKey).HasMaxLength(CompanyNames.KeyLength).IsRequired();
        builder.Property(r => r.ContactPerson).HasMaxLength(NameLength).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(EmailLength).IsRequired();
        builder.Property(r => r.EmailKey).HasMaxLength(EmailLength).IsRequired();
        builder.Property(r => r.Phone).HasMaxLength(PhoneLength);
        builder.Property(r => r.Ideas).HasMaxLength(IdeasLength).IsRequired();
        builder.Property(r => r.RecordedBy).HasMaxLength(NameLength);
        builder.Property(r => r.AccessToken).HasMaxLength(TokenLength).IsRequired();

        // The safety net under the locked numbering: two registrations can never share a number.
        builder.HasIndex(r => new { r.ProgrammeId, r.ArrivalNumber }).IsUnique();
        builder.HasIndex(r => new { r.ProgrammeId, r.ArrivedAt });
        builder.HasIndex(r => new { r.ProgrammeId, r.CompanyKey });
        builder.HasIndex(r => r.EmailKey);
        builder.HasIndex(r => r.AccessToken).IsUnique();

        builder.HasOne(r => r.Programme).WithMany(p => p.Registrations).HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.District).WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Partner).WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
