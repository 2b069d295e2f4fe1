using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.ReferenceLists;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// Quality marks (goodworks, arbeit plus Gütesiegel …). Not publishable content, so no revisions: each change is saved
/// directly and written to the audit log; a mark a Sozialbetrieb still holds cannot be deleted.
/// </summary>
[Route("admin/listen/guetesiegel")]
public sealed class QualityMarksController(AppDbContext db, AuditLog audit) : AdminController
{
    private const string ContentType = nameof(QualityMark);

    [HttpGet("neu")]
    public IActionResult Create() => View("Edit", new ReferenceFormViewModel<QualityMarkInput> { Input = new QualityMarkInput(), IsNew = true });

    [HttpPost("neu")]
    public async Task<IActionResult> Create(QualityMarkInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Id = 0;
        await ValidateSlugAsync(input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", new ReferenceFormViewModel<QualityMarkInput> { Input = input, IsNew = true });
        }

        var mark = new QualityMark();
        input.ApplyTo(mark);
        db.QualityMarks.Add(mark);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(AuditAction.ContentCreated, $"Gütesiegel „{mark.Name}“ ({mark.Slug}) angelegt", ContentType, mark.Id);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Das Gütesiegel „{mark.Name}“ wurde angelegt.");
        return RedirectToAction(nameof(ReferenceListsController.Index), "ReferenceLists");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var mark = await db.QualityMarks.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
        return mark is null ? NotFound() : View(await FormAsync(QualityMarkInput.From(mark), cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, QualityMarkInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var mark = await db.QualityMarks.FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (mark is null)
        {
            return NotFound();
        }

        input.Id = id;
        await ValidateSlugAsync(input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(await FormAsync(input, cancellationToken));
        }

        var before = $"„{mark.Name}“ ({mark.Slug})";
        input.ApplyTo(mark);
        audit.Add(AuditAction.ContentUpdated, $"Gütesiegel geändert: {before} → „{mark.Name}“ ({mark.Slug})", ContentType, mark.Id);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Das Gütesiegel „{mark.Name}“ wurde gespeichert.");
        return RedirectToAction(nameof(ReferenceListsController.Index), "ReferenceLists");
    }

    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var mark = await db.QualityMarks.FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (mark is null)
        {
            return NotFound();
        }

        var usage = await db.QualityMarkUsageAsync(id, cancellationToken);
        if (usage.Total > 0)
        {
            ModelState.AddModelError(string.Empty, $"Das Gütesiegel „{mark.Name}“ kann nicht gelöscht werden: Es ist noch bei {usage.Describe()} eingetragen (Einträge im Papierkorb zählen mit). Entfernen Sie es zuerst dort.");
            return View("Edit", new ReferenceFormViewModel<QualityMarkInput> { Input = QualityMarkInput.From(mark), Usage = usage });
        }

        db.QualityMarks.Remove(mark);
        audit.Add(AuditAction.ContentDeleted, $"Gütesiegel „{mark.Name}“ ({mark.Slug}) gelöscht", ContentType, mark.Id);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Das Gütesiegel „{mark.Name}“ wurde gelöscht.");
        return RedirectToAction(nameof(ReferenceListsController.Index), "ReferenceLists");
    }

    private async Task<ReferenceFormViewModel<QualityMarkInput>> FormAsync(QualityMarkInput input, CancellationToken cancellationToken) =>
        new() { Input = input, Usage = await db.QualityMarkUsageAsync(input.Id, cancellationToken) };

    private async Task ValidateSlugAsync(QualityMarkInput input, CancellationToken cancellationToken)
    {
        var slug = input.SlugOrFromName();
        if (slug.Length > 100)
        {
            ModelState.AddModelError(nameof(input.Slug), "Die Adresse darf höchstens 100 Zeichen lang sein. Bitte geben Sie eine kürzere ein.");
        }
        else if (await db.QualityMarks.AnyAsync(q => q.Slug == slug && q.Id != input.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Slug), $"Die Adresse „{slug}“ hat schon ein anderes Gütesiegel. Bitte wählen Sie eine andere.");
        }
    }
}
