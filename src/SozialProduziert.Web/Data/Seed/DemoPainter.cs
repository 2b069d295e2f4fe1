using System.Numerics;
using System.Runtime.CompilerServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>A filled shape given by its signed distance in pixels (negative inside), painted with a colour and opacity.</summary>
internal sealed record DemoShape(Func<float, float, float> Distance, Vector3 Colour, float Opacity);

/// <summary>
/// Paints abstract pictures without a drawing library: a background function plus anti-aliased shapes described
/// by signed distance functions, written row by row straight into the pixel buffer.
/// </summary>
internal static class DemoPainter
{
    /// <summary>
    /// Paints a <paramref name="width"/> × <paramref name="height"/> image. With <paramref name="scale"/> 3 the shapes
    /// are sampled on a grid a third as fine and then scaled up: a ninth of the work, and the slight blur suits soft shapes.
    /// </summary>
    public static Image<Rgba32> Paint(int width, int height, Func<float, float, Vector3> background, IReadOnlyList<DemoShape> shapes, int scale = 1)
    {
        var image = new Image<Rgba32>(width / scale, height / scale);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = ToPixel(Shade((x + 0.5f) * scale, (y + 0.5f) * scale, scale, background, shapes));
                }
            }
        });
        if (scale != 1)
        {
            image.Mutate(c => c.Resize(width, height));
        }

        return image;
    }

    public static float Circle(float x, float y, float cx, float cy, float radius) =>
        MathF.Sqrt(((x - cx) * (x - cx)) + ((y - cy) * (y - cy))) - radius;

    public static float Ring(float x, float y, float cx, float cy, float radius, float thickness) =>
        MathF.Abs(Circle(x, y, cx, cy, radius)) - (thickness / 2);

    public static float RoundedBox(float x, float y, float cx, float cy, float halfWidth, float halfHeight, float corner)
    {
        var qx = MathF.Abs(x - cx) - halfWidth + corner;
        var qy = MathF.Abs(y - cy) - halfHeight + corner;
        var outside = MathF.Sqrt((MathF.Max(qx, 0) * MathF.Max(qx, 0)) + (MathF.Max(qy, 0) * MathF.Max(qy, 0)));
        return outside + MathF.Min(MathF.Max(qx, qy), 0) - corner;
    }

    /// <summary>Deterministic pseudo-random number in [0, 1): the same seed always gives the same picture.</summary>
    public static float Hash(int seed, int index)
    {
        var h = unchecked(((uint)seed * 374761393u) + ((uint)index * 668265263u) + 0x9E3779B9u);
        h = unchecked((h ^ (h >> 13)) * 1274126177u);
        h ^= h >> 16;
        return (h & 0xFFFFFF) / 16777216f;
    }

    // Runs for every pixel of every picture; without this a Debug build (plain `dotnet run`) paints twice as slowly.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Vector3 Shade(float x, float y, float pixelSize, Func<float, float, Vector3> background, IReadOnlyList<DemoShape> shapes)
    {
        var colour = background(x, y);
        foreach (var shape in shapes)
        {
            var coverage = Math.Clamp(0.5f - (shape.Distance(x, y) / pixelSize), 0f, 1f);
            if (coverage > 0)
            {
                colour = Vector3.Lerp(colour, shape.Colour, coverage * shape.Opacity);
            }
        }

        return colour;
    }

    private static Rgba32 ToPixel(Vector3 colour)
    {
        var c = Vector3.Clamp(colour, Vector3.Zero, Vector3.One) * 255f;
        return new Rgba32((byte)(c.X + 0.5f), (byte)(c.Y + 0.5f), (byte)(c.Z + 0.5f), 255);
    }
}
