using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.ViewModels.Downloads;

namespace SozialProduziert.Web.Controllers;

/// <summary>Documents to download, such as the project's final report; the bytes live in the database.</summary>
[Route("downloads")]
public sealed class DownloadsController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string FallbackContentType = "application/octet-stream";

    [HttpGet("")]
    [PublicPageCache(CacheTags.Downloads)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var items = await db.Downloads.AsNoTracking().PubliclyVisible(now)
            .OrderByDescending(d => d.PublishAt).ThenBy(d => d.Title)
            .Select(d => new DownloadItemViewModel
            {
                Slug = d.Slug,
                Title = d.Title,
                Description = d.Description,
                FileName = d.StoredFile!.FileName,
                ContentType = d.StoredFile.ContentType,
                Length = d.StoredFile.Length,
            })
            .ToListAsync(cancellationToken);
        return View(items);
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Download(string slug, CancellationToken cancellationToken)
    {
        if (!Slug.IsWellFormed(slug))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var file = await db.Downloads.AsNoTracking().PubliclyVisible(now)
            .Where(d => d.Slug == slug)
            .Select(d => new { d.StoredFile!.FileName, d.StoredFile.ContentType, d.StoredFile.Sha256, d.StoredFile.Data })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            var current = await db.CurrentSlugAsync<Download>(slug, now, cancellationToken);
            return current is null ? NotFound() : RedirectToActionPermanent(nameof(Download), new { slug = current });
        }

        // A content type the framework cannot parse would throw while writing headers; octet-stream still downloads.
        var contentType = MediaTypeHeaderValue.TryParse(file.ContentType, out _) ? file.ContentType : FallbackContentType;
        return string.IsNullOrEmpty(file.Sha256)
            ? File(file.Data, contentType, file.FileName)
            : File(file.Data, contentType, file.FileName, lastModified: null, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }
}
