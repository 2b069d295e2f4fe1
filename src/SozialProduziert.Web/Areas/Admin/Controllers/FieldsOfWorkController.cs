using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.ReferenceLists;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// Fields of work (Holz, Textil …). Not publishable content, so no revisions: each change is saved directly and
/// written to the audit log; an entry still in use cannot be deleted.
/// </summary>
[Route("admin/listen/arbeitsfelder")]
public sealed class FieldsOfWorkController(AppDbContext db, AuditLog audit) : AdminController
{
    private const string ContentType = nameof(FieldOfWork);

    [HttpGet("neu")]
    public IActionResult Create() => View("Edit", new ReferenceFormViewModel<FieldOfWorkInput> { Input = new FieldOfWorkInput(), IsNew = true });

    [HttpPost("neu")]
    public async Task<IActionResult> Create(FieldOfWorkInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Id = 0;
        await ValidateSlugAsync(input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", new ReferenceFormViewModel<FieldOfWorkInput> { Input = input, IsNew = true });
        }

        var field = new FieldOfWork();
        input.ApplyTo(field, await LastSortOrderAsync(cancellationToken));
        db.FieldsOfWork.Add(field);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(AuditAction.ContentCreated, $"Arbeitsfeld „{field.Name}“ ({field.Slug}) angelegt", ContentType, field.Id);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Das Arbeitsfeld „{field.Name}“ wurde angelegt.");
        return RedirectToAction(nameof(ReferenceListsController.Index), "ReferenceLists");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var field = await db.FieldsOfWork.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return field is null ? NotFound() : View(await FormAsync(FieldOfWorkInput.From(field), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, FieldOfWorkInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var field = await db.FieldsOfWork.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (field is null)
        {
            return NotFound();
        }

        input.Id = id;
        await ValidateSlugAsync(input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(await FormAsync(input, cancellationToken));
        }

        var before = $"„{field.Name}“ ({field.Slug}, Reihenfolge {field.SortOrder})";
        input.ApplyTo(field, await LastSortOrderAsync(cancellationToken));
        audit.Add(AuditAction.ContentUpdated, $"Arbeitsfeld geändert: {before} → „{field.Name}“ ({field.Slug}, Reihenfolge {field.SortOrder})", ContentType, field.Id);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Das Arbeitsfeld „{field.Name}“ wurde gespeichert.");
        return RedirectToAction(nameof(ReferenceListsController.Index), "ReferenceLists");
    }

    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var field = await db.FieldsOfWork.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (field is null)
        {
            return NotFound();
        }

        var usage = await db.FieldOfWorkUsageAsync(id, cancellationToken);
        if (usage.Total > 0)
        {
            ModelState.AddModelError(string.Empty, $"Das Arbeitsfeld „{field.Name}“ kann nicht gelöscht werden: Es wird noch von {usage.Total} {(usage.Total == 1 ? "Eintrag" : "Einträgen")} verwendet ({usage.Describe()}; Einträge im Papierkorb zählen mit). Ordnen Sie diese zuerst einem anderen Arbeitsfeld zu.");
            return View("Edit", new ReferenceFormViewModel<FieldOfWorkInput> { Input = FieldOfWorkInput.From(field), Usage = usage });
        }

        db.FieldsOfWork.Remove(field);
        audit.Add(AuditAction.ContentDeleted, $"Arbeitsfeld „{field.Name}“ ({field.Slug}) gelöscht", ContentType, field.Id);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Das Arbeitsfeld „{field.Name}“ wurde gelöscht.");
        return RedirectToAction(nameof(ReferenceListsController.Index), "ReferenceLists");
    }

    private async Task<ReferenceFormViewModel<FieldOfWorkInput>> FormAsync(FieldOfWorkInput input, CancellationToken cancellationToken) =>
        new() { Input = input, Usage = await db.FieldOfWorkUsageAsync(input.Id, cancellationToken) };

    private async Task<int> LastSortOrderAsync(CancellationToken cancellationToken) =>
        await db.FieldsOfWork.MaxAsync(f => (int?)f.SortOrder, cancellationToken) ?? 0;

    private async Task ValidateSlugAsync(FieldOfWorkInput input, CancellationToken cancellationToken)
    {
        var slug = input.SlugOrFromName();
        if (slug.Length > 100)
        {
            ModelState.AddModelError(nameof(input.Slug), "Die Adresse darf höchstens 100 Zeichen lang sein. Bitte geben Sie eine kürzere ein.");
        }
        else if (await db.FieldsOfWork.AnyAsync(f => f.Slug == slug && f.Id != input.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Slug), $"Die Adresse „{slug}“ hat schon ein anderes Arbeitsfeld. Bitte wählen Sie eine andere.");
        }
    }
}
