using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data;

/// <summary>
/// The one model of the portal. Each database provider has a thin subclass with its own migrations
/// (see docs/decisions/0001-per-provider-migrations.md); application code only ever sees this type.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<District> Districts => Set<District>();

    public DbSet<FieldOfWork> FieldsOfWork => Set<FieldOfWork>();

    public DbSet<QualityMark> QualityMarks => Set<QualityMark>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<SocialEnterprise> SocialEnterprises => Set<SocialEnterprise>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<BestPracticeExample> Examples => Set<BestPracticeExample>();

    public DbSet<Page> Pages => Set<Page>();

    public DbSet<Download> Downloads => Set<Download>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<MediaImage> MediaImages => Set<MediaImage>();

    public DbSet<MediaVariant> MediaVariants => Set<MediaVariant>();

    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public DbSet<ContentRevision> ContentRevisions => Set<ContentRevision>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    public DbSet<InterestRegistration> InterestRegistrations => Set<InterestRegistration>();

    public DbSet<ConsultingEntry> ConsultingEntries => Set<ConsultingEntry>();
    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<InquiryNote> InquiryNotes => Set<InquiryNote>();

    public DbSet<InquiryAssignment> InquiryAssignments => Set<InquiryAssignment>();

    /// <summary>The Data Protection key ring, shared by every web server on this database (cookies, anti-forgery).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Domain.PartnerArea.PartnerMember> PartnerMembers => Set<Domain.PartnerArea.PartnerMember>();

    public DbSet<Domain.PartnerArea.PartnerInvitation> PartnerInvitations => Set<Domain.PartnerArea.PartnerInvitation>();

    public DbSet<Domain.PartnerArea.ShowcaseReview> ShowcaseReviews => Set<Domain.PartnerArea.ShowcaseReview>();

    public DbSet<Domain.PartnerArea.ImpactFigure> ImpactFigures => Set<Domain.PartnerArea.ImpactFigure>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Every timestamp is stored in UTC; reading it back as Kind=Utc keeps conversions to Europe/Vienna correct.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
