using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SozialProduziert.Web.Services;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Bench.ImagePipeline;

/// <summary>
/// Times what one upload of a 12-megapixel photo costs the server: sniffing, identifying, decoding, orienting and
/// encoding every variant, exactly as <see cref="ImageUploadService"/> does it for staff. Median of five runs after
/// one warm-up (JIT, pools).
/// </summary>
internal static class PipelineBenchmark
{
    private const int Width = 4000;
    private const int Height = 3000;
    private const int Runs = 5;

    public static async Task<int> Main()
    {
        var options = Options.Create(new MediaOptions());
        using var service = new ImageUploadService(options, new ImageVariantEncoder(options), TimeProvider.System, NullLogger<ImageUploadService>.Instance);
        var photo = Photo();
        Console.WriteLine(Invariant($"Input: {Width} × {Height} JPEG, {photo.Length / 1024d / 1024:0.0} MB, widths {string.Join(", ", options.Value.VariantWidths)} as WebP and JPEG"));
        Console.WriteLine(Invariant($"Machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}"));

        await RunAsync(service, photo, "warm-up");
        var times = new List<double>();
        for (var run = 1; run <= Runs; run++)
        {
            times.Add(await RunAsync(service, photo, Invariant($"run {run}")));
        }

        times.Sort();
        Console.WriteLine(Invariant($"Median of {Runs} runs: {times[Runs / 2]:0} ms per 12-megapixel photo (min {times[0]:0} ms, max {times[^1]:0} ms)"));
        return 0;
    }

    private static async Task<double> RunAsync(ImageUploadService service, byte[] photo, string label)
    {
        var watch = Stopwatch.StartNew();
        var result = await service.ProcessAsync(new MemoryStream(photo), "Benchmark", CancellationToken.None);
        watch.Stop();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }

        var variants = string.Join(", ", result.Image!.Variants.Select(v => Invariant($"{v.Format} {v.Width}px {v.Data.Length / 1024} KB")));
        Console.WriteLine(Invariant($"{label,-8} {watch.Elapsed.TotalMilliseconds,7:0} ms  [{variants}]"));
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Gradients, a few hard edges and sensor-like noise, so neither the decoder nor the encoders get an easy ride.</summary>
    private static byte[] Photo()
    {
        using var image = new Image<Rgba32>(Width, Height);
        var random = new Random(2026);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var noise = random.Next(-18, 19);
                    var stripe = (x / 250 + y / 250) % 2 == 0 ? 30 : 0;
                    row[x] = new Rgba32(
                        Clamp((x * 255 / Width) + noise + stripe),
                        Clamp((y * 255 / Height) + noise),
                        Clamp(128 + (int)(90 * Math.Sin(x / 170d) * Math.Cos(y / 130d)) + noise));
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new JpegEncoder { Quality = 90 });
        return stream.ToArray();
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
