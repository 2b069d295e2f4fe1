using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Controllers;

/// <summary>Serves stored image variants. URLs carry the hash of the bytes, so responses are cacheable forever.</summary>
[Route("media")]
public sealed class MediaController(AppDbContext db) : Controller
{
    [HttpGet("{hash:length(64)}.{extension:regex(^(webp|jpg)$)}")]
    public async Task<IActionResult> Image(string hash, string extension, CancellationToken cancellationToken)
    {
        var format = extension == "webp" ? ImageFormatKind.WebP : ImageFormatKind.Jpeg;
        var data = await db.MediaVariants.AsNoTracking()
            .Where(v => v.Hash == hash && v.Format == format)
            .Select(v => v.Data)
            .FirstOrDefaultAsync(cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(data, format == ImageFormatKind.WebP ? "image/webp" : "image/jpeg");
    }
}
