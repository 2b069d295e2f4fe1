using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Controllers;

/// <summary>
/// The showcase beyond the portal: a compact widget firms embed in their own website, and QR codes of every
/// public showcase and example page for print. Only publicly visible items answer.
/// </summary>
public sealed class ShowcaseSharingController(AppDbContext db, IOptions<SiteOptions> site, TimeProvider clock) : Controller
{
    private const int EmbedExamples = 3;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("auslage/{slug}/embed")]
    [AllowFraming]
    [ResponseCache(Duration = 300, Location = ResponseCacheLocation.Any)]
    public async Task<IActionResult> Embed(string slug, CancellationToken cancellationToken)
    {
        if (!Domain.Slug.IsWellFormed(slug))
        {
            return NotFound();
        }

        var partner = await db.Partners.AsNoTracking().PubliclyVisible(Now).Where(p => p.Slug == slug).ToShowcase().FirstOrDefaultAsync(cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        await db.CompleteShowcaseAsync(partner, Now, cancellationToken);
        partner.Examples = partner.Examples.Take(EmbedExamples).ToList();
        return View("~/Views/Showcase/Embed.cshtml", new ShowcaseEmbedViewModel(partner, SiteUrls.Absolute(HttpContext, site.Value, "/auslage/" + partner.Slug)));
    }

    [HttpGet("auslage/{slug}/qr.{format:regex(^(svg|png)$)}")]
    public async Task<IActionResult> PartnerQr(string slug, string format, CancellationToken cancellationToken) =>
        Domain.Slug.IsWellFormed(slug) && await db.Partners.PubliclyVisible(Now).AnyAsync(p => p.Slug == slug, cancellationToken)
            ? Qr("/auslage/" + slug, format, "auslage-" + slug)
            : NotFound();

    [HttpGet("praxisbeispiele/{slug}/qr.{format:regex(^(svg|png)$)}")]
    public async Task<IActionResult> ExampleQr(string slug, string format, CancellationToken cancellationToken) =>
        Domain.Slug.IsWellFormed(slug) && await db.Examples.PubliclyVisible(Now).AnyAsync(e => e.Slug == slug, cancellationToken)
            ? Qr("/praxisbeispiele/" + slug, format, "praxisbeispiel-" + slug)
            : NotFound();

    private FileContentResult Qr(string path, string format, string fileName)
    {
        var url = SiteUrls.Absolute(HttpContext, site.Value, path);
        return format == "svg"
            ? File(System.Text.Encoding.UTF8.GetBytes(ShareableQrCodes.Svg(url)), "image/svg+xml", $"qr-{fileName}.svg")
            : File(ShareableQrCodes.Png(url), "image/png", $"qr-{fileName}.png");
    }
}

/// <summary>The widget: the showcase's own fields and a few examples, with the address of the full page.</summary>
public sealed record ShowcaseEmbedViewModel(ViewModels.Partners.PartnerShowcaseViewModel Partner, string ShowcaseUrl);
