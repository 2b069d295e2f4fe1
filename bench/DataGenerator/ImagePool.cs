using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Data.Seed;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Bench.DataGenerator;

/// <summary>
/// A few hundred pictures and logos, painted and encoded like the demo content and stored once; the generated
/// items share them, as a real portal's items would each have their own. Rendering runs on every core.
/// </summary>
internal static class ImagePool
{
    public static async Task<(List<int> Pictures, List<int> Logos)> CreateAsync(
        Func<AppDbContext> newContext, IReadOnlyList<string> fieldSlugs, int pictures, int logos, CancellationToken cancellationToken)
    {
        var factory = new DemoImageFactory(new ImageVariantEncoder(Options.Create(new MediaOptions())), DateTime.UtcNow);
        var marks = Enum.GetValues<LogoMark>();
        var rendered = new MediaImage[pictures + logos];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, rendered.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            (i, _) =>
            {
                var field = fieldSlugs[i % fieldSlugs.Count];
                rendered[i] = i < pictures
                    ? factory.Picture(field, "Soziale Produktion", i, DemoImageFactory.OfferWidth)
                    : factory.Logo($"Betrieb {i}", field, marks[i % marks.Length]);
                return ValueTask.CompletedTask;
            });

        await using var db = newContext();
        db.MediaImages.AddRange(rendered);
        await db.SaveChangesAsync(cancellationToken);
        return (rendered[..pictures].Select(m => m.Id).ToList(), rendered[pictures..].Select(m => m.Id).ToList());
    }
}
