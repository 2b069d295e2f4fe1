using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Infrastructure.Caching;

namespace SozialProduziert.Tests.Caching;

/// <summary>
/// Pages opted into the cache that must nevertheless not be stored, mounted into the real app by
/// <see cref="PageCachePolicyTests"/>. Each answers a new number per rendering, so a repeat shows whether it was stored.
/// </summary>
[Route("test-cache")]
public sealed class CacheProbeController(IAntiforgery antiforgery) : Controller
{
    private static int _renderings;

    [HttpGet("offen")]
    [PublicPageCache]
    public IActionResult Plain() => Rendering();

    [HttpGet("formular")]
    [PublicPageCache]
    public IActionResult WithForm()
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        return Content($"<form method=\"post\"><input name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\"></form>{Next()}", "text/html");
    }

    [HttpGet("cookie")]
    [PublicPageCache]
    public IActionResult WithCookie()
    {
        Response.Cookies.Append("merkliste", "42");
        return Rendering();
    }

    [HttpGet("persoenlich")]
    [PublicPageCache]
    public IActionResult Personal()
    {
        Response.Headers.CacheControl = "private";
        return Rendering();
    }

    [HttpGet("json")]
    public IActionResult Data() => Json(Enumerable.Range(1, 50).Select(i => new { Nummer = i, Bezeichnung = "Sozialbetrieb in Niederösterreich" }));

    [HttpGet("fehlt")]
    [PublicPageCache]
    public IActionResult Missing() => NotFound(Next());

    private ContentResult Rendering() => Content(Next(), "text/plain");

    private static string Next() => Interlocked.Increment(ref _renderings).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
