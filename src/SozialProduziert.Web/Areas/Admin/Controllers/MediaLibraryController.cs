using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// The media library: every stored image, newest first, and a single-image upload. Galleries of examples and
/// offers upload through their own edit forms (same partial, same service); this page makes the pipeline
/// usable on its own and shows what the database holds.
/// </summary>
[Route("admin/medien")]
public sealed class MediaLibraryController(AppDbContext db, ImageUploadService images, AuditLog audit) : AdminController
{
    private const int PageSize = 24;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "seite")] string? page, CancellationToken cancellationToken) =>
        View(await LibraryAsync(PageNumber.Parse(page), null, cancellationToken));

    [HttpPost("")]
    [MediaUpload]
    public async Task<IActionResult> Upload(MediaUploadInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var upload = await images.ProcessAsync(input.NewImages.FirstOrDefault(), input.NewImagesAltText, cancellationToken);
        if (!upload.Succeeded)
        {
            ModelState.AddUploadError(upload);
            return View(nameof(Index), await LibraryAsync(1, input.NewImagesAltText, cancellationToken));
        }

        var image = upload.Image!;
        db.MediaImages.Add(image);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(AuditAction.MediaUploaded, $"{image.AltText} ({image.Width} × {image.Height} px)", nameof(MediaImage), image.Id);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Das Bild „{image.AltText}“ wurde gespeichert.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<MediaLibraryViewModel> LibraryAsync(int pageNumber, string? altText, CancellationToken cancellationToken)
    {
        var results = await db.MediaImages.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => new MediaLibraryItem(m.Id, m.AltText, m.Width, m.Height, m.CreatedAt,
                m.Variants.Sum(v => (long)v.Data.Length), m.Variants.Count))
            .ToPageAsync(pageNumber, PageSize, cancellationToken);
        var pictures = await db.LoadImagesAsync(results.Items.Select(i => (int?)i.Id), cancellationToken);
        var items = results.Items.Select(i => i with { Image = pictures.Find(i.Id) }).ToList();
        return new MediaLibraryViewModel { Results = results with { Items = items }, AltText = altText };
    }
}
