using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>
/// Applies one change to a programme's queue (loaded and tracked, under <see cref="ProgrammeQueueLock"/>): computes
/// every position before and after, stores the new statuses, and returns who moved, for the mails.
/// </summary>
public sealed class QueueUpdate
{
    private readonly List<InterestRegistration> _queue;
    private int _places;

    private QueueUpdate(List<InterestRegistration> queue, int places)
    {
        _queue = queue;
        _places = places;
    }

    public IReadOnlyList<InterestRegistration> Registrations => _queue;

    public static async Task<QueueUpdate> LoadAsync(AppDbContext db, Programme programme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(programme);
        var queue = await db.InterestRegistrations.Where(r => r.ProgrammeId == programme.Id).ToListAsync(cancellationToken);
        return new QueueUpdate(queue, programme.Places);
    }

    public int NextArrivalNumber => _queue.Count == 0 ? 1 : _queue.Max(r => r.ArrivalNumber) + 1;

    /// <summary>
    /// Runs <paramref name="change"/> (add a registration, set a status), then stores the statuses the queue gives.
    /// Returns the firms whose provisional position moved; <paramref name="subject"/> (the one changed) is left out.
    /// <paramref name="places"/> is the new number of places when the change is to the programme itself.
    /// </summary>
    public IReadOnlyList<(InterestRegistration Registration, QueueChange Change)> Apply(
        Action<List<InterestRegistration>> change, InterestRegistration? subject, DateTime utcNow, int? places = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var before = Positions();
        change(_queue);
        _places = places ?? _places;
        var after = Positions();
        for (var index = 0; index < _queue.Count; index++)
        {
            var registration = _queue[index];
            if (registration.Status != after[index].Status)
            {
                registration.Status = after[index].Status;
                registration.StatusChangedAt = utcNow;
            }
        }

        return PlaceAllocation.Changes(before, after)
            .Select(c => (Registration: _queue[c.Id], Change: c))
            .Where(c => !ReferenceEquals(c.Registration, subject))
            .ToList();
    }

    public QueuePosition PositionOf(InterestRegistration registration) => Positions()[_queue.IndexOf(registration)];

    // Keys are list indexes, so a registration not saved yet (Id 0) has its own key; changes only ever append.
    private IReadOnlyDictionary<int, QueuePosition> Positions() =>
        PlaceAllocation.Compute(_queue.Select((r, index) => new QueueEntry(index, r.ArrivedAt, r.ArrivalNumber, r.Status)), _places);
}
