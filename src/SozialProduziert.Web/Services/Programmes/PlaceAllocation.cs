using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>What the queue needs to know of one registration.</summary>
public sealed record QueueEntry(int Id, DateTime ArrivedAt, int ArrivalNumber, RegistrationStatus Status);

/// <summary>
/// Where a registration stands: its status and, for those holding a place, the place number
/// (1 … places), for those waiting, the waitlist number (1, 2, …).
/// </summary>
public readonly record struct QueuePosition(RegistrationStatus Status, int? Place, int? WaitlistPlace);

/// <summary>A registration whose provisional position moved, e.g. from place 10 to waitlist 1.</summary>
public sealed record QueueChange(int Id, QueuePosition Before, QueuePosition After)
{
    /// <summary>True when it went from the waitlist to a place or moved forward within either.</summary>
    public bool IsImprovement => (Before.Status, After.Status) switch
    {
        (RegistrationStatus.Waitlisted, RegistrationStatus.Selected) => true,
        (RegistrationStatus.Selected, RegistrationStatus.Waitlisted) => false,
        (RegistrationStatus.Selected, _) => After.Place < Before.Place,
        _ => After.WaitlistPlace < Before.WaitlistPlace,
    };
}

/// <summary>
/// The rule of the programme in one place: places go in order of arrival (arrival time, ties by arrival number).
/// Confirmed firms keep their places whatever arrives later or is recorded with an earlier time; the remaining
/// places go to the earliest provisional registrations, everyone after them waits. Pure, so it is tested directly.
/// </summary>
public static class PlaceAllocation
{
    public static IReadOnlyDictionary<int, QueuePosition> Compute(IEnumerable<QueueEntry> entries, int places)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.OrderBy(e => e.ArrivedAt).ThenBy(e => e.ArrivalNumber).ToList();
        var free = Math.Max(0, places - ordered.Count(e => e.Status.IsConfirmed()));
        var place = 0;
        var waiting = 0;
        var positions = new Dictionary<int, QueuePosition>(ordered.Count);
        foreach (var entry in ordered)
        {
            if (entry.Status.IsConfirmed())
            {
                positions[entry.Id] = new QueuePosition(entry.Status, ++place, null);
            }
            else if (!entry.Status.IsProvisional())
            {
                positions[entry.Id] = new QueuePosition(entry.Status, null, null);
            }
            else if (free > 0)
            {
                free--;
                positions[entry.Id] = new QueuePosition(RegistrationStatus.Selected, ++place, null);
            }
            else
            {
                positions[entry.Id] = new QueuePosition(RegistrationStatus.Waitlisted, null, ++waiting);
            }
        }

        return positions;
    }

    /// <summary>
    /// The registrations present before and after whose provisional position differs. Firms confirmed before and
    /// after are left out: their places are firm, a changed number means nothing to them.
    /// </summary>
    public static IReadOnlyList<QueueChange> Changes(IReadOnlyDictionary<int, QueuePosition> before, IReadOnlyDictionary<int, QueuePosition> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return after
            .Where(a => before.TryGetValue(a.Key, out var b) && b != a.Value && IsProvisional(b) && IsProvisional(a.Value))
            .Select(a => new QueueChange(a.Key, before[a.Key], a.Value))
            .OrderBy(c => c.Id)
            .ToList();
    }

    private static bool IsProvisional(QueuePosition position) => position.Status is RegistrationStatus.Selected or RegistrationStatus.Waitlisted;
}
