using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Services;

namespace SozialProduziert.Web.Controllers;

[Route("suche")]
public sealed class SearchController(SearchService search) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "q")] string? q, CancellationToken cancellationToken) =>
        View(await search.SearchAsync(q, cancellationToken));
}
