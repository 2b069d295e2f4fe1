using System.Numerics;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services;
using static SozialProduziert.Web.Data.Seed.DemoPainter;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>The geometric marks demo logos are made of (text cannot be drawn without ImageSharp.Drawing).</summary>
internal enum LogoMark
{
    RingAndDot,
    OverlappingCircles,
    RisingBars,
    SplitDiamond,
    SunOverLines,
    FourSquares,
}

/// <summary>
/// Generates the demo pictures and logos in code (no files, no network) and encodes them into stored variants.
/// Thread-safe: the seeder renders several images in parallel.
/// </summary>
internal sealed class DemoImageFactory(ImageVariantEncoder encoder, DateTime createdAt)
{
    /// <summary>Gallery pictures of examples; offers use a smaller size, because every WebP encode costs time at first start.</summary>
    public const int GalleryWidth = 960;
    public const int OfferWidth = 640;
    private const int LogoSize = 240;
    private const float Centre = LogoSize / 2f;

    private static readonly string[] StyleWords =
    [
        "mit weichen, überlappenden Kreisen",
        "mit diagonalen Streifen und hellem Kreis",
        "mit Hügelwellen und Sonnenkreis",
    ];

    /// <summary>An abstract picture (16:10) in the palette of a field of work; the seed picks composition and style.</summary>
    public MediaImage Picture(string fieldSlug, string topic, int seed, int width = GalleryWidth)
    {
        var height = width * 10 / 16;
        var palette = DemoPalettes.For(fieldSlug);
        var style = seed % StyleWords.Length;
        var shapes = style switch
        {
            0 => Circles(palette, seed, width, height),
            1 => Stripes(palette, seed, width, height),
            _ => Hills(palette, seed, width, height),
        };
        using var image = Paint(width, height, Gradient(palette, seed, style == 2, width, height), shapes, scale: 3);
        return encoder.Encode(image, $"Abstrakte Illustration {StyleWords[style]} {palette.PictureColours} zum Thema {topic}", createdAt);
    }

    /// <summary>A geometric placeholder logo on white.</summary>
    public MediaImage Logo(string ownerName, string fieldSlug, LogoMark mark)
    {
        var palette = DemoPalettes.For(fieldSlug);
        var (shapes, description) = LogoShapes(palette, mark);
        using var image = Paint(LogoSize, LogoSize, (_, _) => Vector3.One, shapes);
        return encoder.Encode(image, $"Logo von {ownerName}: {description} in {palette.LogoColours}", createdAt);
    }

    private static Func<float, float, Vector3> Gradient(DemoPalette palette, int seed, bool sky, int width, int height)
    {
        var angle = 0.2f + Hash(seed, 0);
        var (dx, dy) = (MathF.Cos(angle), MathF.Sin(angle));
        var span = (width * dx) + (height * dy);
        var far = Vector3.Lerp(palette.Light, palette.Mid, sky ? 0.25f : 0.6f);
        var near = sky ? Vector3.Lerp(palette.Light, Vector3.One, 0.5f) : palette.Light;
        return (x, y) => Vector3.Lerp(near, far, ((x * dx) + (y * dy)) / span);
    }

    private static List<DemoShape> Circles(DemoPalette palette, int seed, int width, int height)
    {
        Vector3[] colours = [palette.Deep, palette.Mid, palette.Accent, Vector3.Lerp(palette.Light, Vector3.One, 0.6f)];
        var shapes = new List<DemoShape>();
        for (var i = 0; i < 6; i++)
        {
            var (cx, cy) = (Hash(seed, (i * 4) + 1) * width, Hash(seed, (i * 4) + 2) * height);
            var radius = (0.12f + (0.28f * Hash(seed, (i * 4) + 3))) * height;
            shapes.Add(new DemoShape((x, y) => Circle(x, y, cx, cy, radius), colours[i % colours.Length], 0.55f + (0.3f * Hash(seed, (i * 4) + 4))));
        }

        return shapes;
    }

    private static List<DemoShape> Stripes(DemoPalette palette, int seed, int width, int height)
    {
        var (dx, dy) = (MathF.Cos(-0.55f), MathF.Sin(-0.55f));
        var period = (110f + (60f * Hash(seed, 1))) * width / GalleryWidth;
        var offset = period * Hash(seed, 2);
        var (cx, cy) = ((0.25f + (0.5f * Hash(seed, 3))) * width, (0.3f + (0.4f * Hash(seed, 4))) * height);
        return
        [
            new DemoShape((x, y) => Band(x, y, 0), palette.Deep, 0.55f),
            new DemoShape((x, y) => Band(x, y, period * 0.5f) + (period * 0.12f), palette.Accent, 0.85f),
            new DemoShape((x, y) => Circle(x, y, cx, cy, height * 0.32f), palette.Light, 0.55f),
        ];

        float Band(float x, float y, float shift)
        {
            var s = (x * dx) + (y * dy) + offset + shift;
            var within = s - (period * MathF.Floor(s / period));
            return MathF.Abs(within - (period / 2)) - (period * 0.2f);
        }
    }

    private static List<DemoShape> Hills(DemoPalette palette, int seed, int width, int height)
    {
        Vector3[] colours = [Vector3.Lerp(palette.Light, palette.Mid, 0.6f), palette.Mid, Vector3.Lerp(palette.Mid, palette.Deep, 0.55f), palette.Deep];
        var shapes = new List<DemoShape>
        {
            new((x, y) => Circle(x, y, (0.6f + (0.25f * Hash(seed, 1))) * width, 0.26f * height, 0.11f * height), palette.Accent, 0.9f),
        };
        for (var k = 0; k < colours.Length; k++)
        {
            var baseline = height * (0.42f + (0.14f * k));
            var amplitude = height * (0.06f - (0.008f * k));
            var frequency = (1.2f + Hash(seed, (k * 3) + 2)) * 2 * MathF.PI / width;
            var phase = Hash(seed, (k * 3) + 3) * 2 * MathF.PI;
            shapes.Add(new DemoShape(
                (x, y) => baseline + (amplitude * MathF.Sin((x * frequency) + phase)) + (amplitude * 0.4f * MathF.Sin((x * frequency * 2.7f) + phase)) - y,
                colours[k],
                1f));
        }

        return shapes;
    }

    private static (List<DemoShape> Shapes, string Description) LogoShapes(DemoPalette p, LogoMark mark) => mark switch
    {
        LogoMark.RingAndDot => (
            [new((x, y) => Ring(x, y, Centre, Centre, 78, 30), p.Deep, 1f), new((x, y) => Circle(x, y, Centre, Centre, 26), p.Accent, 1f)],
            "Kreisring mit Punkt"),
        LogoMark.OverlappingCircles => (
            [new((x, y) => Circle(x, y, 92, Centre, 62), p.Deep, 0.9f), new((x, y) => Circle(x, y, 148, Centre, 62), p.Accent, 0.8f)],
            "zwei sich überschneidende Kreise"),
        LogoMark.RisingBars => (
            [
                new((x, y) => RoundedBox(x, y, 72, 190 - 40, 18, 40, 8), p.Deep, 1f),
                new((x, y) => RoundedBox(x, y, 120, 190 - 62, 18, 62, 8), p.Deep, 1f),
                new((x, y) => RoundedBox(x, y, 168, 190 - 84, 18, 84, 8), p.Accent, 1f),
            ],
            "drei ansteigende Balken"),
        LogoMark.SplitDiamond => (
            [
                new((x, y) => (MathF.Abs(x - Centre) + MathF.Abs(y - Centre) - 92) * 0.7071f, p.Deep, 1f),
                new((x, y) => MathF.Max((MathF.Abs(x - Centre) + MathF.Abs(y - Centre) - 92) * 0.7071f, x - Centre), p.Accent, 1f),
            ],
            "auf der Spitze stehendes, geteiltes Quadrat"),
        LogoMark.SunOverLines => (
            [
                new((x, y) => MathF.Max(Circle(x, y, Centre, 128, 70), y - 128), p.Accent, 1f),
                new((x, y) => RoundedBox(x, y, Centre, 146, 88, 6, 6), p.Deep, 1f),
                new((x, y) => RoundedBox(x, y, Centre, 168, 74, 6, 6), p.Deep, 1f),
                new((x, y) => RoundedBox(x, y, Centre, 190, 60, 6, 6), p.Deep, 1f),
            ],
            "Halbkreis über drei waagrechten Linien"),
        _ => (
            [
                new((x, y) => RoundedBox(x, y, 82, 82, 32, 32, 10), p.Deep, 1f),
                new((x, y) => RoundedBox(x, y, 158, 82, 32, 32, 10), p.Deep, 1f),
                new((x, y) => RoundedBox(x, y, 82, 158, 32, 32, 10), p.Deep, 1f),
                new((x, y) => RoundedBox(x, y, 158, 158, 32, 32, 10), p.Accent, 1f),
            ],
            "vier abgerundete Quadrate im Raster"),
    };
}
