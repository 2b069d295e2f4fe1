using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Tests.Media;

/// <summary>
/// Pictures read their variants from the image's manifest column, not from the variant rows: the manifest must list
/// exactly the stored variants, whoever saved the image, and nothing may change the variants behind its back.
/// </summary>
public class VariantManifestTests
{
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);

    [Fact]
    public void A_manifest_reads_back_the_variants_it_was_written_from()
    {
        MediaVariant[] variants =
        [
            new() { Hash = HashA, Format = ImageFormatKind.WebP, Width = 480 },
            new() { Hash = HashB, Format = ImageFormatKind.Jpeg, Width = 1600 },
        ];

        var manifest = VariantManifest.Of(variants);

        Assert.Equal($"{HashA}.webp:480 {HashB}.jpg:1600", manifest);
        Assert.Equal([new ImageVariant(HashA, 480, ImageFormatKind.WebP), new ImageVariant(HashB, 1600, ImageFormatKind.Jpeg)], VariantManifest.Parse(manifest));
        Assert.Empty(VariantManifest.Parse(""));
    }

    [Theory]
    [InlineData("abc.gif:480")]
    [InlineData("abc.jpg")]
    [InlineData("abc.jpg:-480")]
    [InlineData("abc:480.jpg")]
    [InlineData(".jpg:480")]
    [InlineData("abc.jpg:480  def.jpg:960")]
    public void A_token_that_is_not_hash_dot_extension_colon_width_fails_loudly(string manifest) =>
        Assert.Throws<FormatException>(() => VariantManifest.Parse(manifest));

    [Fact]
    public async Task An_uploaded_image_lists_every_stored_variant_and_its_pictures_use_them()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.UploadAsync(CraftedFiles.PhoneJpeg(2400, 1600), "IMG_0002.jpg", "Ein Stapel Altholz");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var image = await portal.WithDbAsync(db => db.MediaImages.AsNoTracking().Include(m => m.Variants).SingleAsync());
        Assert.Equal(6, image.Variants.Count);
        Assert.Equal(
            image.Variants.Select(v => new ImageVariant(v.Hash, v.Width, v.Format)).OrderBy(v => v.Hash),
            VariantManifest.Parse(image.VariantManifest).OrderBy(v => v.Hash));

        var loaded = await portal.WithDbAsync(db => db.LoadImagesAsync([image.Id], CancellationToken.None));
        var srcSet = new StringWriter();
        loaded[image.Id].WriteSrcSet(srcSet, ImageFormatKind.WebP);
        var webp = image.Variants.Where(v => v.Format == ImageFormatKind.WebP).OrderBy(v => v.Width);
        Assert.Equal(string.Join(", ", webp.Select(v => $"{MediaLookup.UrlFor(v.Hash, v.Format)} {v.Width}w")), srcSet.ToString());
    }

    [Fact]
    public async Task An_image_saved_with_its_variants_gets_its_manifest_whoever_saves_it()
    {
        await using var portal = new PortalFactory();

        var id = await AddImageAsync(portal);

        var manifest = await portal.WithDbAsync(db => db.MediaImages.Where(m => m.Id == id).Select(m => m.VariantManifest).SingleAsync());
        Assert.Equal($"{HashA}.webp:480 {HashB}.jpg:480", manifest);
    }

    [Fact]
    public async Task A_variant_added_changed_or_removed_without_its_image_is_refused_and_nothing_is_stored()
    {
        await using var portal = new PortalFactory();
        var id = await AddImageAsync(portal);

        await Assert.ThrowsAsync<InvalidOperationException>(() => portal.WithDbAsync(db => db.MediaVariants.Add(
            new MediaVariant { MediaImageId = id, Width = 960, Height = 720, Format = ImageFormatKind.Jpeg, Hash = new string('c', 64), Data = [1] })));
        await Assert.ThrowsAsync<InvalidOperationException>(() => portal.WithDbAsync(async db =>
            (await db.MediaVariants.FirstAsync(v => v.MediaImageId == id)).Width = 500));
        await Assert.ThrowsAsync<InvalidOperationException>(() => portal.WithDbAsync(async db =>
            db.MediaVariants.Remove(await db.MediaVariants.FirstAsync(v => v.MediaImageId == id))));

        var stored = await portal.WithDbAsync(db => db.MediaVariants.Where(v => v.MediaImageId == id).OrderBy(v => v.Hash).Select(v => new { v.Hash, v.Width }).ToListAsync());
        Assert.Equal([new { Hash = HashA, Width = 480 }, new { Hash = HashB, Width = 480 }], stored);
    }

    [Fact]
    public async Task An_image_removed_with_its_variants_is_allowed()
    {
        await using var portal = new PortalFactory();
        var id = await AddImageAsync(portal);

        await portal.WithDbAsync(async db => db.MediaImages.Remove(await db.MediaImages.Include(m => m.Variants).SingleAsync(m => m.Id == id)));

        Assert.Equal(0, await portal.WithDbAsync(db => db.MediaVariants.CountAsync(v => v.MediaImageId == id)));
    }

    private static async Task<int> AddImageAsync(PortalFactory portal)
    {
        var image = new MediaImage
        {
            AltText = "Gehobelte Bretter",
            Width = 480,
            Height = 360,
            Variants =
            [
                new MediaVariant { Width = 480, Height = 360, Format = ImageFormatKind.WebP, Hash = HashA, Data = [1] },
                new MediaVariant { Width = 480, Height = 360, Format = ImageFormatKind.Jpeg, Hash = HashB, Data = [2] },
            ],
        };
        await portal.WithDbAsync(db => db.Add(image));
        return image.Id;
    }
}
