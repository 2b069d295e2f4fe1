using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.Programmes;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>The consulting ledger of a programme for the funding body's settlement: a printable page and a CSV for Excel.</summary>
[Route("admin/programme/{id:int}")]
public sealed class SettlementController(AppDbContext db, AuditLog audit, TimeProvider clock) : AdminController
{
    [HttpGet("abrechnung")]
    public async Task<IActionResult> Print(int id, [FromQuery(Name = "anmeldung")] int? registrationId, CancellationToken cancellationToken)
    {
        var settlement = await db.SettlementAsync(id, registrationId, cancellationToken);
        return settlement is null ? NotFound() : View(new SettlementPrintViewModel(settlement, registrationId, clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("abrechnung.csv")]
    public async Task<IActionResult> Csv(int id, [FromQuery(Name = "anmeldung")] int? registrationId, CancellationToken cancellationToken)
    {
        var settlement = await db.SettlementAsync(id, registrationId, cancellationToken);
        if (settlement is null)
        {
            return NotFound();
        }

        audit.Add(AuditAction.SettlementExported, $"CSV der Beratungen von „{settlement.ProgrammeName}“ ({settlement.Firms.Sum(f => f.Lines.Count)} Einträge).", nameof(Programme), id);
        await db.SaveChangesAsync(cancellationToken);
        var day = Infrastructure.ViennaTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(SettlementCsv.Write(settlement), "text/csv; charset=utf-8", $"beratungen-{Slug.From(settlement.ProgrammeName)}-{day}.csv");
    }
}
