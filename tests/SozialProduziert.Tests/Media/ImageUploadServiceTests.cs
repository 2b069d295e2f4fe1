using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Tests.Media;

/// <summary>The upload pipeline fed crafted files: every refusal has its German message, nothing throws.</summary>
public class ImageUploadServiceTests
{
    public const string Alt = "Zwei Lehrlinge montieren ein Fahrrad in der Werkstatt";

    [Fact]
    public async Task A_truncated_jpeg_is_refused_as_damaged()
    {
        var result = await ProcessAsync(CraftedFiles.TruncatedJpeg());

        Assert.Equal(ImageUploadProblem.Corrupt, result.Problem);
        Assert.Equal("Die Bilddatei ist beschädigt oder unvollständig.", result.Error);
    }

    [Theory]
    [InlineData(50_000, 50_000)]
    [InlineData(10_001, 100)]
    [InlineData(9_000, 9_000)]
    public async Task An_image_declaring_too_many_pixels_is_refused_from_its_header(int width, int height)
    {
        var result = await ProcessAsync(CraftedFiles.PngDeclaring(width, height));

        Assert.Equal(ImageUploadProblem.TooManyPixels, result.Problem);
        Assert.Equal("Das Bild ist zu groß: höchstens 40 Megapixel bzw. 10.000 Pixel pro Seite.", result.Error);
    }

    [Fact]
    public async Task A_tiff_is_refused_before_any_decoder_sees_it()
    {
        var result = await ProcessAsync(CraftedFiles.Tiff());

        Assert.Equal(ImageUploadProblem.Unsupported, result.Problem);
        Assert.Equal("Diese Datei ist kein unterstütztes Bild (JPEG, PNG, WebP oder GIF).", result.Error);
    }

    [Fact]
    public async Task A_text_file_is_refused_whatever_its_name()
    {
        var result = await ProcessAsync(CraftedFiles.Text());

        Assert.Equal(ImageUploadProblem.Unsupported, result.Problem);
    }

    [Fact]
    public async Task A_jpeg_zip_polyglot_is_accepted_as_jpeg_and_the_zip_is_gone_from_every_variant()
    {
        var upload = CraftedFiles.JpegZipPolyglot();
        Assert.True(CraftedFiles.Contains(upload, "PK\x03\x04"u8));

        var result = await ProcessAsync(upload);

        Assert.True(result.Succeeded, result.Error);
        Assert.All(result.Image!.Variants, v => Assert.False(CraftedFiles.Contains(v.Data, "PK\x03\x04"u8)));
        Assert.All(result.Image.Variants, v => Assert.False(CraftedFiles.Contains(v.Data, "payload.txt"u8)));
    }

    [Fact]
    public async Task A_stream_longer_than_the_limit_is_refused_without_reading_it_all()
    {
        var result = await ProcessAsync(CraftedFiles.Oversized(20 * 1024 * 1024));

        Assert.Equal(ImageUploadProblem.TooLarge, result.Problem);
        Assert.Equal("Die Datei ist größer als 15 MB.", result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Alt_text_is_required(string? altText)
    {
        var result = await Service().ProcessAsync(new MemoryStream(CraftedFiles.Jpeg(100, 80)), altText, CancellationToken.None);

        Assert.Equal(ImageUploadProblem.MissingAltText, result.Problem);
        Assert.True(result.ConcernsAltText);
        Assert.Equal("Bitte beschreiben Sie im Alternativtext, was auf dem Bild zu sehen ist.", result.Error);
    }

    [Fact]
    public async Task Metadata_is_stripped_and_the_photo_turned_upright()
    {
        var upload = CraftedFiles.PhoneJpeg(300, 200);
        Assert.NotNull(Image.Identify(upload).Metadata.ExifProfile);

        var result = await ProcessAsync(upload);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((200, 300), (result.Image!.Width, result.Image.Height));
        foreach (var variant in result.Image.Variants)
        {
            using var stored = Image.Load<Rgba32>(variant.Data);
            Assert.Equal((200, 300), (stored.Width, stored.Height));
            Assert.Null(stored.Metadata.ExifProfile);
            Assert.Null(stored.Metadata.XmpProfile);
            Assert.Null(stored.Metadata.IptcProfile);
            Assert.Null(stored.Metadata.IccProfile);
            Assert.False(CraftedFiles.Contains(variant.Data, "Exif\0\0"u8));
            Assert.False(CraftedFiles.Contains(variant.Data, "Testphone"u8));
            Assert.False(CraftedFiles.Contains(variant.Data, "Geheime Person"u8));

            // The left (red) half of the sensor image is on top once turned 90° clockwise.
            Assert.True(stored[100, 20].R > 150 && stored[100, 20].B < 100, $"top is {stored[100, 20]}");
            Assert.True(stored[100, 280].B > 150 && stored[100, 280].R < 100, $"bottom is {stored[100, 280]}");
        }
    }

    [Fact]
    public async Task A_large_photo_is_stored_in_exactly_the_configured_widths_as_webp_and_jpeg()
    {
        var result = await ProcessAsync(CraftedFiles.Jpeg(2000, 1000));

        Assert.True(result.Succeeded, result.Error);
        var variants = result.Image!.Variants.OrderBy(v => v.Format).ThenBy(v => v.Width).Select(v => (v.Format, v.Width, v.Height)).ToList();
        Assert.Equal(
        [
            (ImageFormatKind.Jpeg, 480, 240), (ImageFormatKind.Jpeg, 960, 480), (ImageFormatKind.Jpeg, 1600, 800),
            (ImageFormatKind.WebP, 480, 240), (ImageFormatKind.WebP, 960, 480), (ImageFormatKind.WebP, 1600, 800),
        ], variants);
        Assert.All(result.Image.Variants, v => Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(v.Data)), v.Hash));
        Assert.Equal(Alt, result.Image.AltText);
    }

    [Fact]
    public async Task Configured_widths_replace_the_defaults_and_small_images_are_never_upscaled()
    {
        var service = Service(new MediaOptions { Widths = [320, 640] });

        var large = await service.ProcessAsync(new MemoryStream(CraftedFiles.Jpeg(1000, 500)), Alt, CancellationToken.None);
        var small = await service.ProcessAsync(new MemoryStream(CraftedFiles.Jpeg(400, 200)), Alt, CancellationToken.None);

        Assert.Equal([320, 320, 640, 640], large.Image!.Variants.Select(v => v.Width).Order());
        Assert.Equal([320, 320, 400, 400], small.Image!.Variants.Select(v => v.Width).Order());
    }

    [Fact]
    public async Task A_gif_keeps_its_first_frame_only()
    {
        var result = await ProcessAsync(CraftedFiles.AnimatedGif());

        Assert.True(result.Succeeded, result.Error);
        foreach (var variant in result.Image!.Variants)
        {
            using var stored = Image.Load<Rgba32>(variant.Data);
            Assert.Single(stored.Frames);
            Assert.True(stored[10, 10].R > 200 && stored[10, 10].B < 60, $"pixel is {stored[10, 10]}");
        }
    }

    [Fact]
    public async Task Transparent_areas_become_white_in_the_jpeg_variant()
    {
        var result = await ProcessAsync(CraftedFiles.TransparentPng(200, 100));

        using var jpeg = Image.Load<Rgba32>(result.Image!.Variants.Single(v => v.Format == ImageFormatKind.Jpeg).Data);
        Assert.True(jpeg[2, 2].R > 245 && jpeg[2, 2].G > 245 && jpeg[2, 2].B > 245, $"corner is {jpeg[2, 2]}");
    }

    [Fact]
    public void The_imagesharp_configuration_knows_only_jpeg_png_webp_and_gif()
    {
        var configuration = ImageUploadService.CreateConfiguration();

        Assert.Equal(["GIF", "JPEG", "PNG", "WEBP"], configuration.ImageFormats.Select(f => f.Name.ToUpperInvariant()).Order());
        Assert.Null(Image.Identify(configuration, CraftedFiles.Tiff(), out _));
        using var gif = Image.Load(configuration, CraftedFiles.AnimatedGif());
        Assert.Single(gif.Frames);
    }

    [Fact]
    public async Task A_restricted_format_list_is_named_in_the_message()
    {
        var result = await Service(new MediaOptions { AllowedFormats = ["jpeg", "png", "tiff"] })
            .ProcessAsync(new MemoryStream(CraftedFiles.AnimatedGif()), Alt, CancellationToken.None);

        Assert.Equal("Diese Datei ist kein unterstütztes Bild (JPEG oder PNG).", result.Error);
    }

    internal static ImageUploadService Service(MediaOptions? options = null)
    {
        var wrapped = Options.Create(options ?? new MediaOptions());
        return new ImageUploadService(wrapped, new ImageVariantEncoder(wrapped), TimeProvider.System, NullLogger<ImageUploadService>.Instance);
    }

    private static async Task<ImageUploadResult> ProcessAsync(byte[] data)
    {
        using var service = Service();
        return await service.ProcessAsync(new MemoryStream(data), Alt, CancellationToken.None);
    }
}
