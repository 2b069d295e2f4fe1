using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Web.Controllers;

/// <summary>Serves stored image variants. URLs carry the hash of the bytes, so responses are cacheable forever.</summary>
[Route("media")]
public sealed class MediaController(AppDbContext db) : Controller
{
    private const string Immutable = "public, max-age=31536000, immutable";

    [HttpGet("{hash:length(64)}.{extension:regex(^(webp|jpg)$)}")]
    public async Task<IActionResult> Image(string hash, string extension, CancellationToken cancellationToken)
    {
        var format = MediaLookup.FormatOf(extension) ?? ImageFormatKind.Jpeg;
        var variant = db.MediaVariants.AsNoTracking().Where(v => v.Hash == hash && v.Format == format);

        // The hash is the ETag: a revalidating client gets 304 after an existence check, without the bytes being loaded.
        var tag = new EntityTagHeaderValue($"\"{hash}\"");
        if (Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            if (!await variant.AnyAsync(cancellationToken))
            {
                return NotFound();
            }

            Response.Headers.CacheControl = Immutable;
            Response.GetTypedHeaders().ETag = tag;
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var data = await variant.Select(v => v.Data).FirstOrDefaultAsync(cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = Immutable;
        return File(data, format == ImageFormatKind.WebP ? "image/webp" : "image/jpeg", lastModified: null, entityTag: tag);
    }
}
