using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Media;

/// <summary>
/// The one place uploaded images are handled (singleton; the variants come from <see cref="ImageVariantEncoder"/>).
/// In an admin POST action marked <c>[MediaUpload]</c> whose form (multipart/form-data) holds <c>_ImageUploadField</c>:
/// <code>
/// var upload = await images.ProcessAllAsync(input.NewImages, input.NewImagesAltText, cancellationToken);
/// ModelState.AddUploadError(upload); // no-op on success; puts the German message on the file or alt-text field
/// // valid: GalleryEdits.Apply(item.Images, input.Gallery, upload.Images), then save through ContentEditor.
/// </code>
/// The images come back unsaved (variants included); adding them to a gallery or to db.MediaImages stores them.
/// Never throws for a file's content; every refusal is a result with a German message. Checks, in order:
/// alt text, declared length, magic bytes, structure complete, header dimensions (Identify) — and only then
/// decode (first frame), auto-orient, strip all metadata and encode the fixed widths as WebP and JPEG.
/// </summary>
public sealed class ImageUploadService : IDisposable
{
    /// <summary>Matches the MediaImage.AltText column.</summary>
    public const int AltTextMaxLength = 300;

    private readonly MediaOptions _options;
    private readonly ImageVariantEncoder _encoder;
    private readonly TimeProvider _clock;
    private readonly ILogger<ImageUploadService> _logger;
    private readonly SemaphoreSlim _decodeSlots;

    public ImageUploadService(IOptions<MediaOptions> options, ImageVariantEncoder encoder, TimeProvider clock, ILogger<ImageUploadService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _encoder = encoder;
        _clock = clock;
        _logger = logger;
        _decodeSlots = new SemaphoreSlim(_options.MaxConcurrentDecodes);
    }

    /// <summary>ImageSharp with only the JPEG, PNG, WebP and GIF modules (ADR 0003); tests may swap its allocator.</summary>
    internal Configuration ImageConfiguration { get; } = CreateConfiguration();

    /// <summary>
    /// A configuration that cannot decode or encode TIFF, BMP, TGA or PBM: those modules are never registered.
    /// GIFs decode their first frame only, so an animation cannot multiply the memory a file may cost.
    /// </summary>
    public static Configuration CreateConfiguration()
    {
        var configuration = new Configuration(
            new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule(), new GifConfigurationModule());
        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, new GifDecoder { DecodingMode = FrameDecodingMode.First });
        return configuration;
    }

    /// <summary>The files of a multiple file input, all with the same alt text. No files: success with no images, alt text not needed.</summary>
    public async Task<ImageUploadResult> ProcessAllAsync(IReadOnlyCollection<IFormFile>? files, string? altText, CancellationToken cancellationToken)
    {
        var posted = files?.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList() ?? [];
        if (posted.Count == 0)
        {
            return ImageUploadResult.Success([]);
        }

        var images = new List<MediaImage>();
        foreach (var file in posted)
        {
            var result = await ProcessAsync(file, altText, cancellationToken);
            if (!result.Succeeded)
            {
                return posted.Count == 1 || result.ConcernsAltText
                    ? result
                    : ImageUploadResult.Failure(result.Problem, $"„{DisplayName(file.FileName)}“: {result.Error}");
            }

            images.Add(result.Image!);
        }

        return ImageUploadResult.Success(images);
    }

    /// <summary>One posted file. Its declared length is checked before a byte of it is read.</summary>
    public async Task<ImageUploadResult> ProcessAsync(IFormFile? file, string? altText, CancellationToken cancellationToken)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return Refuse(ImageUploadProblem.NoFile);
        }

        if (Check(altText) is { } altProblem)
        {
            return Refuse(altProblem);
        }

        if (file.Length > _options.MaxUploadBytes)
        {
            return Refuse(ImageUploadProblem.TooLarge);
        }

        await using var stream = file.OpenReadStream();
        return await ProcessAsync(stream, altText, cancellationToken);
    }

    /// <summary>Any stream (tests, imports): read to at most MaxUploadBytes, one byte more means too large.</summary>
    public async Task<ImageUploadResult> ProcessAsync(Stream content, string? altText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Check(altText) is { } altProblem)
        {
            return Refuse(altProblem);
        }

        var data = await ReadBoundedAsync(content, _options.MaxUploadBytes, cancellationToken);
        if (data is null)
        {
            return Refuse(ImageUploadProblem.TooLarge);
        }

        await _decodeSlots.WaitAsync(cancellationToken);
        try
        {
            return Process(data, altText!.Trim());
        }
        finally
        {
            _decodeSlots.Release();
        }
    }

    public void Dispose() => _decodeSlots.Dispose();

    private ImageUploadResult Process(byte[] data, string altText)
    {
        var format = ImageFileSignature.Sniff(data);
        if (format is null || !_options.AcceptedFormats.Contains(format.Value))
        {
            return Refuse(ImageUploadProblem.Unsupported);
        }

        if (!ImageFileSignature.IsComplete(format.Value, data))
        {
            return Refuse(ImageUploadProblem.Corrupt);
        }

        try
        {
            // Reads the header only: a PNG declaring 50,000 × 50,000 px is refused before any pixel buffer exists.
            var info = Image.Identify(ImageConfiguration, data, out _);
            if (info is null || info.Width <= 0 || info.Height <= 0)
            {
                return Refuse(ImageUploadProblem.Corrupt);
            }

            if (info.Width > _options.MaxSide || info.Height > _options.MaxSide || (long)info.Width * info.Height > _options.MaxPixels)
            {
                return Refuse(ImageUploadProblem.TooManyPixels);
            }

            using var image = Image.Load<Rgba32>(ImageConfiguration, data);
            if (image.Width != info.Width || image.Height != info.Height)
            {
                return Refuse(ImageUploadProblem.Corrupt);
            }

            image.Mutate(c => c.AutoOrient());
            return ImageUploadResult.Success([_encoder.Encode(image, altText, _clock.GetUtcNow().UtcDateTime)]);
        }
        catch (NotSupportedException e)
        {
            // ImageSharp 2.1 refuses e.g. animated WebP and some exotic JPEG variants this way.
            _logger.LogInformation("Image upload refused as unsupported: {Reason}", e.Message);
            return Refuse(ImageUploadProblem.Unsupported);
        }
#pragma warning disable CA1031 // Decoders fed hostile bytes may fail in any way; a broken file must never become a 500.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            _logger.LogInformation("Image upload refused as corrupt: {Type} {Reason}", e.GetType().Name, e.Message);
            return Refuse(ImageUploadProblem.Corrupt);
        }
    }

    private static ImageUploadProblem? Check(string? altText) => string.IsNullOrWhiteSpace(altText)
        ? ImageUploadProblem.MissingAltText
        : altText.Trim().Length > AltTextMaxLength ? ImageUploadProblem.AltTextTooLong : null;

    /// <summary>The content, or null when it is longer than <paramref name="limit"/>; never buffers more than limit + 1 bytes.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private ImageUploadResult Refuse(ImageUploadProblem problem) => ImageUploadResult.Refused(problem, _options);

    private static string DisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return name.Length > 80 ? name[..80] + "…" : name;
    }
}
