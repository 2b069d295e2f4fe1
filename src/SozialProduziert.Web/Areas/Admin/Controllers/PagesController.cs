using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Pages;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Pages;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>Editorial pages (Über SoPro, Impressum …): the reference for how every content type is curated.</summary>
[Route("admin/seiten")]
public sealed class PagesController(AppDbContext db, ContentEditor editor, PageMetadata meta, TimeProvider clock) : AdminController
{
    private const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(AdminListInput input, CancellationToken cancellationToken)
    {
        var query = db.Pages.AsNoTracking().ForAdminList(input);
        var ordered = input.Sort switch
        {
            "titel" => query.OrderBy(p => p.SortName),
            _ => query.OrderByDescending(p => p.UpdatedAt),
        };
        var results = await ordered
            .Select(p => new AdminListItem(p.Id, p.Title, p.Slug, p.State, p.PublishAt, p.UpdatedAt))
            .ToPageAsync(input.PageNumber, PageSize, cancellationToken);
        return View(new AdminListViewModel<AdminListItem> { Input = input, Results = results, Path = "/admin/seiten" });
    }

    [HttpGet("neu")]
    public IActionResult Create() => View("Edit", new EditFormViewModel<PageInput> { Input = new PageInput(), IsNew = true });

    [HttpPost("neu")]
    public async Task<IActionResult> Create(PageInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Id = 0;
        await ValidateSlugAsync(input, cancellationToken);
        if (preview is not null || !ModelState.IsValid)
        {
            return View("Edit", new EditFormViewModel<PageInput> { Input = input, IsNew = true, PreviewMarkdown = preview is null ? null : input.BodyMarkdown });
        }

        var page = new Page();
        input.ApplyTo(page, clock.GetUtcNow().UtcDateTime);
        db.Pages.Add(page);
        await editor.SaveAsync(page, null, "Angelegt", cancellationToken);
        Flash($"Die Seite „{page.Title}“ wurde angelegt.");
        return RedirectToAction(nameof(Edit), new { id = page.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var page = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
        return page is null ? NotFound() : View(new EditFormViewModel<PageInput> { Input = PageInput.From(page), PublicUrl = "/" + page.Slug });
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, PageInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var page = await db.Pages.FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        input.Id = id;
        await ValidateSlugAsync(input, cancellationToken);
        if (preview is not null || !ModelState.IsValid)
        {
            return View(new EditFormViewModel<PageInput> { Input = input, PreviewMarkdown = preview is null ? null : input.BodyMarkdown, PublicUrl = "/" + page.Slug });
        }

        input.ApplyTo(page, clock.GetUtcNow().UtcDateTime);
        try
        {
            await editor.SaveAsync(page, input.Version, "Bearbeitet", cancellationToken);
        }
        catch (ContentConflictException e)
        {
            // Keep everything the editor typed and show what the other person saved, so nobody's text is lost.
            ModelState.AddModelError(string.Empty, e.Message + " Ihre Eingaben sind unten erhalten; die gespeicherte Fassung sehen Sie darunter. Übernehmen Sie, was Sie brauchen, und speichern Sie erneut.");
            var stored = await db.Pages.AsNoTracking().FirstAsync(p => p.Id == id, cancellationToken);
            input.Version = stored.Version;
            return View(new EditFormViewModel<PageInput> { Input = input, StoredVersion = PageInput.From(stored), PublicUrl = "/" + stored.Slug });
        }

        Flash($"Die Seite „{page.Title}“ wurde gespeichert.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The page exactly as the public site will show it, whatever its state.</summary>
    [HttpGet("{id:int}/vorschau")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var model = await db.Pages.AsNoTracking().Where(p => p.Id == id && p.DeletedAt == null)
            .Select(p => new PageViewModel { Slug = p.Slug, Title = p.Title, MetaDescription = p.MetaDescription, BodyMarkdown = p.BodyMarkdown })
            .FirstOrDefaultAsync(cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        meta.PreviewNotice = "Vorschau – so wird die Seite öffentlich aussehen.";
        return View("~/Views/Pages/Show.cshtml", model);
    }

    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var page = await db.Pages.FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        await editor.MoveToTrashAsync(page, cancellationToken);
        Flash($"Die Seite „{page.Title}“ liegt jetzt im Papierkorb und kann dort wiederhergestellt werden.");
        return RedirectToAction(nameof(Index));
    }

    private async Task ValidateSlugAsync(PageInput input, CancellationToken cancellationToken)
    {
        var slug = input.SlugOr(input.Title);
        if (await db.Pages.AnyAsync(p => p.Slug == slug && p.Id != input.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(PageInput.Slug), $"Die Adresse „{slug}“ ist schon vergeben (auch Einträge im Papierkorb zählen). Bitte wählen Sie eine andere.");
        }
    }
}
