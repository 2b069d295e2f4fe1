using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>The one-click buttons on the example form: publish now, archive. Both keep the concurrency check.</summary>
[Route("admin/praxisbeispiele/{id:int}")]
public sealed class ExampleStateController(AppDbContext db, ContentEditor editor, TimeProvider clock) : AdminController
{
    /// <summary>Visible on the website from this moment on, whatever date was set before.</summary>
    [HttpPost("veroeffentlichen")]
    public Task<IActionResult> PublishNow(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, PublishState.Published, cancellationToken);

    [HttpPost("archivieren")]
    public Task<IActionResult> Archive(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, PublishState.Archived, cancellationToken);

    private async Task<IActionResult> ChangeAsync(int id, int version, PublishState state, CancellationToken cancellationToken)
    {
        var example = await db.Examples.ExampleForEditAsync(id, cancellationToken);
        if (example is null)
        {
            return NotFound();
        }

        example.State = state;
        if (state == PublishState.Published)
        {
            example.PublishAt = clock.GetUtcNow().UtcDateTime;
        }

        try
        {
            await editor.SaveAsync(example, version, state.Label(), cancellationToken);
            Flash(state == PublishState.Published
                ? $"„{example.Title}“ ist jetzt auf der Website zu sehen."
                : $"„{example.Title}“ ist archiviert und nicht mehr auf der Website zu sehen.");
        }
        catch (ContentConflictException)
        {
            Flash("Der Eintrag wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie die aktuelle Fassung und versuchen Sie es erneut.");
        }

        return RedirectToAction(nameof(ExamplesController.Edit), "Examples", new { id });
    }
}
