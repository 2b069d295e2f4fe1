using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>What staff have to act on in the firms' reviews: open change requests and pages waiting for approval.</summary>
[Route("admin/freigaben")]
public sealed class ShowcaseReviewsController(AppDbContext db) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("~/Areas/Admin/Views/PartnerArea/Reviews.cshtml", await db.OpenAsync(cancellationToken));
}
