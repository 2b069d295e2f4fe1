using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Reports;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>The report section "Soziale Produktion" of any firm, as the firm gets it in <c>/mein-bereich</c>.</summary>
[Route("admin/partner/{id:int}/bericht")]
public sealed class CsrReportsController(CsrReportBuilder builder, IOptions<SiteOptions> site, TimeProvider clock) : AdminController
{
    /// <summary>Reports are mostly written in spring for the year before.</summary>
    [HttpGet("")]
    public IActionResult Index(int id) => RedirectToAction(nameof(Show), new { id, year = clock.GetUtcNow().Year - 1 });

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Show(int id, int year, CancellationToken cancellationToken)
    {
        if (!CsrReportFiles.IsReasonableYear(year, clock.GetUtcNow().UtcDateTime) || await builder.BuildAsync(id, year, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        return View("~/Views/Reports/CsrReport.cshtml", new CsrReportPage(report, SiteUrls.BaseUrl(HttpContext, site.Value), $"/admin/partner/{id}/bericht", $"/admin/partner/{id}"));
    }

    [HttpGet("{year:int}.{format}")]
    public async Task<IActionResult> Download(int id, int year, string format, CancellationToken cancellationToken)
    {
        if (!CsrReportFiles.IsReasonableYear(year, clock.GetUtcNow().UtcDateTime) || await builder.BuildAsync(id, year, cancellationToken) is not { } report
            || CsrReportFiles.Create(report, format, SiteUrls.BaseUrl(HttpContext, site.Value)) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, file.ContentType, file.FileName);
    }
}
