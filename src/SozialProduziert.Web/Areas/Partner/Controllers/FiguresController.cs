using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.PartnerArea.Controllers;

/// <summary>The firm's impact figures with who confirmed them; the firm confirms the value it sees.</summary>
[Route("mein-bereich/kennzahlen")]
public sealed class FiguresController(AppDbContext db, ImpactFigures figures, UserManager<PortalUser> users) : PartnerAreaController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.ImpactFigures.Where(f => f.PartnerId == PartnerId && (f.ExampleId == null || f.Example!.DeletedAt == null)).FigureRowsAsync(cancellationToken));

    /// <summary>Confirms the figure in the version the page showed; a figure changed since then is not confirmed.</summary>
    [HttpPost("{id:int}/bestaetigen")]
    public async Task<IActionResult> Confirm(int id, int version, CancellationToken cancellationToken)
    {
        var figure = await db.ImpactFigures.FirstOrDefaultAsync(f => f.Id == id && f.PartnerId == PartnerId, cancellationToken);
        var user = await users.GetUserAsync(User);
        if (figure is null || user is null)
        {
            return NotFound();
        }

        if (figure.Version != version)
        {
            Flash("Diese Kennzahl wurde inzwischen geändert. Bitte prüfen Sie den neuen Wert und bestätigen Sie dann erneut.");
            return LocalRedirect("/mein-bereich/kennzahlen");
        }

        try
        {
            await figures.ConfirmByPartnerAsync(figure, user.DisplayName, user.Id, cancellationToken);
            Flash($"Danke! Sie haben „{ImpactFigures.Describe(figure)}“ bestätigt.");
        }
        catch (ContentConflictException)
        {
            Flash("Diese Kennzahl wurde gerade geändert. Bitte prüfen Sie den neuen Wert und bestätigen Sie dann erneut.");
        }

        return LocalRedirect("/mein-bereich/kennzahlen");
    }
}
