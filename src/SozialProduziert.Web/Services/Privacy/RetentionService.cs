using Microsoft.Extensions.Options;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.Privacy;

/// <summary>Anonymises, in every store, the records whose retention period (<see cref="PrivacyOptions.RetentionMonths"/>) has ended.</summary>
public sealed class RetentionService(IEnumerable<IPersonalDataStore> stores, AuditLog audit, IOptions<PrivacyOptions> options, TimeProvider clock)
{
    public DateTime CutoffUtc => clock.GetUtcNow().UtcDateTime.AddMonths(-Math.Max(1, options.Value.RetentionMonths));

    /// <summary>One run, as the daily background job does it; returns how many records were anonymised.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = CutoffUtc;
        var counts = new List<string>();
        var total = 0;
        foreach (var store in stores)
        {
            var count = await store.AnonymiseOlderThanAsync(cutoff, cancellationToken);
            total += count;
            if (count > 0)
            {
                counts.Add($"{store.Name}: {count}");
            }
        }

        if (total > 0)
        {
            await audit.WriteAsync(AuditAction.RetentionAnonymised,
                $"Speicherfrist von {options.Value.RetentionMonths} Monaten abgelaufen: {total} Datensätze anonymisiert ({string.Join(", ", counts)})", "System", cancellationToken);
        }

        return total;
    }
}
