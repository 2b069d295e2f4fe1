using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Media;

/// <summary>Posted gallery rows applied to an item's images: order, alt texts, removal, new uploads.</summary>
public class GalleryEditsTests
{
    [Fact]
    public void Rows_reorder_rename_and_remove_and_new_uploads_follow_renumbered()
    {
        var (a, b, c) = (Media(1, "A"), Media(2, "B"), Media(3, "C"));
        var images = new List<ExampleImage> { Entry(a, 1), Entry(b, 2), Entry(c, 3) };
        var added = Media(0, "Neu");

        GalleryEdits.Apply(images,
        [
            new GalleryItemInput { MediaImageId = 1, SortOrder = 30, AltText = "A" },
            new GalleryItemInput { MediaImageId = 2, SortOrder = 20, AltText = "", Remove = true },
            new GalleryItemInput { MediaImageId = 3, SortOrder = 10, AltText = "  C, genauer beschrieben " },
            new GalleryItemInput { MediaImageId = 99, SortOrder = 0, AltText = "fremdes Bild" },
        ], [added]);

        Assert.Equal(["C, genauer beschrieben", "A", "Neu"], images.Select(i => i.MediaImage!.AltText));
        Assert.Equal([1, 2, 3], images.Select(i => i.SortOrder));
        Assert.Equal("B", b.AltText);
    }

    [Fact]
    public void Equal_numbers_keep_the_current_order_and_unposted_images_stay()
    {
        var images = new List<OfferImage> { new() { MediaImage = Media(1, "A"), MediaImageId = 1, SortOrder = 1 }, new() { MediaImage = Media(2, "B"), MediaImageId = 2, SortOrder = 2 } };

        GalleryEdits.Apply(images, [new GalleryItemInput { MediaImageId = 2, SortOrder = 1, AltText = "B" }], []);

        Assert.Equal(["A", "B"], images.Select(i => i.MediaImage!.AltText));
    }

    [Fact]
    public void A_gallery_loaded_without_its_images_is_a_programming_error()
    {
        var images = new List<ExampleImage> { new() { MediaImageId = 1, SortOrder = 1 } };

        Assert.Throws<InvalidOperationException>(() => GalleryEdits.Apply(images, [], []));
    }

    [Theory]
    [InlineData("", false, false)]
    [InlineData("", true, true)]
    [InlineData("Ein Bild", false, true)]
    public void Alt_text_is_required_unless_the_image_is_removed(string altText, bool remove, bool valid)
    {
        var row = new GalleryItemInput { MediaImageId = 1, AltText = altText, Remove = remove };

        var ok = Validator.TryValidateObject(row, new ValidationContext(row), [], validateAllProperties: true);

        Assert.Equal(valid, ok);
    }

    [Fact]
    public async Task Loading_a_gallery_gives_stored_alt_texts_in_order_with_thumbnails()
    {
        await using var portal = new PortalFactory();
        var (first, second) = (Stored("Zweites Bild"), Stored("Erstes Bild"));
        await portal.WithDbAsync(db => db.MediaImages.AddRange(first, second));

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.LoadGalleryAsync(
            [new ExampleImage { MediaImageId = first.Id, SortOrder = 2 }, new ExampleImage { MediaImageId = second.Id, SortOrder = 1 }],
            CancellationToken.None);

        Assert.Equal(["Erstes Bild", "Zweites Bild"], rows.Select(r => r.AltText));
        Assert.All(rows, r => Assert.StartsWith("/media/", r.ThumbnailUrl, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal((800, 600), (r.ThumbnailWidth, r.ThumbnailHeight)));
    }

    private static MediaImage Media(int id, string altText) => new() { Id = id, AltText = altText, Width = 800, Height = 600 };

    private static ExampleImage Entry(MediaImage media, int order) => new() { MediaImage = media, MediaImageId = media.Id, SortOrder = order };

    private static MediaImage Stored(string altText) => new()
    {
        AltText = altText,
        Width = 800,
        Height = 600,
        Variants = [new MediaVariant { Width = 480, Height = 360, Format = ImageFormatKind.Jpeg, Hash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), Data = [1, 2, 3] }],
    };
}
