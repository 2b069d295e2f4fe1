using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>
/// Collects the images the demo content needs while the entities are built, then renders them all at once on every
/// core: encoding WebP and JPEG variants is by far the slowest part of seeding.
/// </summary>
internal sealed class DemoImageQueue(DemoImageFactory factory)
{
    private readonly List<(Func<MediaImage> Render, Action<MediaImage> Attach)> _jobs = [];

    public int Count => _jobs.Count;

    /// <summary>Queues an abstract picture; consecutive pictures get consecutive seeds, so their styles alternate.</summary>
    public void Picture(string fieldSlug, string topic, int width, Action<MediaImage> attach)
    {
        var seed = _jobs.Count;
        _jobs.Add((() => factory.Picture(fieldSlug, topic, seed, width), attach));
    }

    public void Logo(string ownerName, string fieldSlug, LogoMark mark, Action<MediaImage> attach) =>
        _jobs.Add((() => factory.Logo(ownerName, fieldSlug, mark), attach));

    public async Task RenderAsync(CancellationToken cancellationToken)
    {
        var images = new MediaImage[_jobs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, _jobs.Count), options, (index, _) =>
        {
            images[index] = _jobs[index].Render();
            return ValueTask.CompletedTask;
        });

        // Attaching touches the entities, which are not thread-safe, so it happens afterwards and in order.
        for (var i = 0; i < images.Length; i++)
        {
            _jobs[i].Attach(images[i]);
        }
    }
}
