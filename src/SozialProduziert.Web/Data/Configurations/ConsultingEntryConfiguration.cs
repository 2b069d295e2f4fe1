using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Configurations;

internal sealed class ConsultingEntryConfiguration : IEntityTypeConfiguration<ConsultingEntry>
{
    public const int ConsultantLength = 200;
    public const int TopicLength = 500;
    public const int IdeaLength = 2000;

    public void Configure(EntityTypeBuilder<ConsultingEntry> builder)
    {
        builder.Property(e => e.Consultant).HasMaxLength(ConsultantLength).IsRequired();
        builder.Property(e => e.Topic).HasMaxLength(TopicLength).IsRequired();
        builder.Property(e => e.Idea).HasMaxLength(IdeaLength);
        builder.HasIndex(e => new { e.RegistrationId, e.Date });
        builder.HasOne(e => e.Registration).WithMany(r => r.ConsultingEntries).HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
