using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

/// <summary>
/// What every content builder shares: a unique title and slug, and a publish state that makes the item
/// publicly visible unless a test says otherwise.
/// </summary>
public abstract class ContentBuilder<TSelf, TContent>
    where TSelf : ContentBuilder<TSelf, TContent>
    where TContent : PublishableContent
{
    /// <summary>Far enough in the past for any test clock; each built item is a minute younger than the previous one.</summary>
    public static readonly DateTime DefaultPublishAt = new(2025, 1, 15, 8, 0, 0, DateTimeKind.Utc);

    private static int _sequence;

    private string? _slug;
    private PublishState _state = PublishState.Published;
    private DateTime? _publishAt;

    protected ContentBuilder(string defaultTitle)
    {
        Number = Interlocked.Increment(ref _sequence);
        Title = $"{defaultTitle} {Number}";
    }

    /// <summary>Unique within the test run, so default titles and slugs never collide.</summary>
    protected int Number { get; }

    protected string Title { get; private set; }

    private TSelf This => (TSelf)this;

    /// <summary>Sets the title (or name); the slug follows it unless set with <see cref="WithSlug"/>.</summary>
    public TSelf Titled(string title)
    {
        Title = title;
        return This;
    }

    public TSelf WithSlug(string slug)
    {
        _slug = slug;
        return This;
    }

    public TSelf Draft() => InState(PublishState.Draft);

    public TSelf Archived() => InState(PublishState.Archived);

    public TSelf Published() => InState(PublishState.Published);

    public TSelf PublishedAt(DateTime utc)
    {
        _publishAt = utc;
        return InState(PublishState.Published);
    }

    /// <summary>Published, but only visible from <paramref name="utc"/> on.</summary>
    public TSelf ScheduledFor(DateTime utc) => PublishedAt(utc);

    public TSelf InState(PublishState state)
    {
        _state = state;
        return This;
    }

    public TContent Build()
    {
        var item = Create();
        item.Slug = _slug ?? Slug.From(Title);
        item.State = _state;
        item.PublishAt = _publishAt ?? DefaultPublishAt.AddMinutes(Number);
        return item;
    }

    /// <summary>The entity with its own fields set; slug and publish state are applied by <see cref="Build"/>.</summary>
    protected abstract TContent Create();
}
