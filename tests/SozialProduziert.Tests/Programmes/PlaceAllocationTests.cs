using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Programmes;
using static SozialProduziert.Web.Domain.RegistrationStatus;

namespace SozialProduziert.Tests.Programmes;

/// <summary>The queue rule on its own: places by arrival time (ties by number), confirmed places firm, changes detected.</summary>
public class PlaceAllocationTests
{
    private static readonly DateTime Start = new(2027, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_first_arrivals_hold_the_places_and_the_rest_wait_in_order()
    {
        var positions = PlaceAllocation.Compute(Queue(5), places: 3);

        Assert.Equal([P(Selected, 1), P(Selected, 2), P(Selected, 3), W(1), W(2)], Ordered(positions));
    }

    [Fact]
    public void Arrival_time_orders_the_queue_and_equal_times_fall_back_to_the_arrival_number()
    {
        var entries = new[]
        {
            new QueueEntry(1, Start.AddMinutes(5), 1, Received),
            new QueueEntry(2, Start, 3, Received),
            new QueueEntry(3, Start, 2, Received),
        };

        var positions = PlaceAllocation.Compute(entries, places: 2);

        Assert.Equal(P(Selected, 1), positions[3]);
        Assert.Equal(P(Selected, 2), positions[2]);
        Assert.Equal(W(1), positions[1]);
    }

    [Fact]
    public void Withdrawn_and_invalid_registrations_free_their_places_for_the_next_in_line()
    {
        var entries = Queue(4).Select(e => e.Id == 2 ? e with { Status = Withdrawn } : e.Id == 3 ? e with { Status = Invalid } : e).ToList();

        var positions = PlaceAllocation.Compute(entries, places: 2);

        Assert.Equal([P(Selected, 1), new(Withdrawn, null, null), new(Invalid, null, null), P(Selected, 2)], Ordered(positions));
    }

    [Fact]
    public void Confirmed_firms_keep_their_places_even_when_an_earlier_registration_arrives()
    {
        var entries = Queue(3).Select(e => e with { Status = Confirmed }).Append(new QueueEntry(9, Start.AddMinutes(-30), 4, Received)).ToList();

        var positions = PlaceAllocation.Compute(entries, places: 3);

        Assert.Equal(W(1), positions[9]);
        Assert.All(Enumerable.Range(1, 3), id => Assert.Equal(Confirmed, positions[id].Status));
    }

    [Fact]
    public void A_back_dated_registration_takes_its_place_and_pushes_the_later_ones_back()
    {
        var before = PlaceAllocation.Compute(Queue(4), places: 3);
        var after = PlaceAllocation.Compute(Queue(4).Append(new QueueEntry(9, Start.AddSeconds(90), 5, Received)), places: 3);

        var changes = PlaceAllocation.Changes(before, after);

        Assert.Equal(P(Selected, 2), after[9]);
        Assert.Equal([2, 3, 4], changes.Select(c => c.Id));
        Assert.Equal((P(Selected, 3), W(1)), (changes.Single(c => c.Id == 3).Before, changes.Single(c => c.Id == 3).After));
        Assert.Equal((W(1), W(2)), (changes.Single(c => c.Id == 4).Before, changes.Single(c => c.Id == 4).After));
        Assert.All(changes, c => Assert.False(c.IsImprovement));
    }

    [Fact]
    public void A_withdrawal_moves_the_first_on_the_waitlist_up_and_is_reported_as_an_improvement()
    {
        var before = PlaceAllocation.Compute(Queue(5), places: 3);
        var after = PlaceAllocation.Compute(Queue(5).Select(e => e.Id == 1 ? e with { Status = Withdrawn } : e), places: 3);

        var changes = PlaceAllocation.Changes(before, after);

        var movedUp = changes.Single(c => c.Id == 4);
        Assert.Equal((W(1), P(Selected, 3)), (movedUp.Before, movedUp.After));
        Assert.True(movedUp.IsImprovement);
        Assert.DoesNotContain(changes, c => c.Id == 1);
        Assert.Equal([2, 3, 4, 5], changes.Select(c => c.Id));
    }

    [Fact]
    public void Nothing_is_reported_when_no_position_changes()
    {
        var positions = PlaceAllocation.Compute(Queue(5), places: 3);

        Assert.Empty(PlaceAllocation.Changes(positions, PlaceAllocation.Compute(Queue(5), places: 3)));
    }

    private static QueuePosition P(RegistrationStatus status, int place) => new(status, place, null);

    private static QueuePosition W(int waiting) => new(Waitlisted, null, waiting);

    /// <summary>Registrations 1…n arriving a minute apart, numbered in that order.</summary>
    private static List<QueueEntry> Queue(int count) =>
        Enumerable.Range(1, count).Select(i => new QueueEntry(i, Start.AddMinutes(i), i, Received)).ToList();

    private static List<QueuePosition> Ordered(IReadOnlyDictionary<int, QueuePosition> positions) => positions.OrderBy(p => p.Key).Select(p => p.Value).ToList();
}
