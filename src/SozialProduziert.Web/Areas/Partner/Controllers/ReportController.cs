using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Reports;

namespace SozialProduziert.Web.Areas.PartnerArea.Controllers;

/// <summary>The firm's report section "Soziale Produktion" for a year: print-ready page and downloads.</summary>
[Route("mein-bereich/bericht")]
public sealed class ReportController(CsrReportBuilder builder, IOptions<SiteOptions> site, TimeProvider clock) : PartnerAreaController
{
    [HttpGet("{year:int}")]
    public async Task<IActionResult> Show(int year, CancellationToken cancellationToken)
    {
        if (!CsrReportFiles.IsReasonableYear(year, clock.GetUtcNow().UtcDateTime) || await builder.BuildAsync(PartnerId, year, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        return View("~/Views/Reports/CsrReport.cshtml", new CsrReportPage(report, SiteUrls.BaseUrl(HttpContext, site.Value), "/mein-bereich/bericht", "/mein-bereich"));
    }

    [HttpGet("{year:int}.{format}")]
    public async Task<IActionResult> Download(int year, string format, CancellationToken cancellationToken)
    {
        if (!CsrReportFiles.IsReasonableYear(year, clock.GetUtcNow().UtcDateTime) || await builder.BuildAsync(PartnerId, year, cancellationToken) is not { } report
            || CsrReportFiles.Create(report, format, SiteUrls.BaseUrl(HttpContext, site.Value)) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, file.ContentType, file.FileName);
    }
}
