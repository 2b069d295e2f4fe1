using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Services;

namespace SozialProduziert.Web.Controllers;

[Route("suche")]
public sealed class SearchController(SearchService search) : Controller
{
    [HttpGet("")]
    [PublicPageCache(
        CacheTags.Examples, CacheTags.SocialEnterprises, CacheTags.Offers, CacheTags.Partners, CacheTags.FieldsOfWork, CacheTags.Districts,
        ShortLived = true)]
    public async Task<IActionResult> Index([FromQuery(Name = "q")] string? q, CancellationToken cancellationToken) =>
        View(await search.SearchAsync(q, cancellationToken));
}
