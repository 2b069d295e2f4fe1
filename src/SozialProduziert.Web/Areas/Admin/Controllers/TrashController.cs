using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.History;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// The Papierkorb: everything staff deleted, of every content type. Staff restore; only Administrators
/// purge, after a confirmation page that says what goes with the item.
/// </summary>
[Route("admin/papierkorb")]
public sealed class TrashController(AppDbContext db, TrashQueries trash, ContentEditor editor, ContentPurger purger, IAuthorizationService authorization)
    : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var canPurge = (await authorization.AuthorizeAsync(User, Policies.Administrator)).Succeeded;
        return View(new TrashViewModel { Items = await trash.ListAsync(cancellationToken), CanPurge = canPurge });
    }

    [HttpPost("{type}/{id:int}/wiederherstellen")]
    public async Task<IActionResult> Restore(string type, int id, CancellationToken cancellationToken)
    {
        if (ContentKinds.Find(type) is not { } kind || await kind.FindAsync(db, id, cancellationToken) is not { DeletedAt: not null } item)
        {
            return NotFound();
        }

        await editor.RestoreFromTrashAsync(item, cancellationToken);
        var title = (await kind.HeaderAsync(db, id, cancellationToken))!.Title;
        Flash($"{kind.Label} „{title}“ wurde wiederhergestellt und hat wieder den Status „{item.State.Label()}“.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{type}/{id:int}/endgueltig-loeschen")]
    [Authorize(Policy = Policies.Administrator)]
    public async Task<IActionResult> Purge(string type, int id, CancellationToken cancellationToken)
    {
        if (ContentKinds.Find(type) is not { } kind || await purger.PlanAsync(kind, id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        return View(new PurgeViewModel { Kind = kind, Plan = plan });
    }

    [HttpPost("{type}/{id:int}/endgueltig-loeschen")]
    [Authorize(Policy = Policies.Administrator)]
    public async Task<IActionResult> Purge(string type, int id, bool confirmed, CancellationToken cancellationToken)
    {
        if (ContentKinds.Find(type) is not { } kind || await kind.HeaderAsync(db, id, cancellationToken) is not { DeletedAt: not null } header)
        {
            return NotFound();
        }

        if (!confirmed)
        {
            return RedirectToAction(nameof(Purge), new { type = kind.Name, id });
        }

        await purger.PurgeAsync(kind, id, cancellationToken);
        Flash($"{kind.Label} „{header.Title}“ wurde endgültig gelöscht.");
        return RedirectToAction(nameof(Index));
    }
}
