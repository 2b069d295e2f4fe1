using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Downloads;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Downloads;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// Documents to download. A new file becomes a new StoredFile; the previous one stays, because earlier
/// revisions refer to it and restoring one of them brings its file back.
/// </summary>
[Route("admin/downloads")]
public sealed class DownloadsController(AppDbContext db, ContentEditor editor, PdfUpload upload, TimeProvider clock) : AdminController
{
    private const int PageSize = 25;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("")]
    public async Task<IActionResult> Index(AdminListInput input, CancellationToken cancellationToken)
    {
        var query = db.Downloads.AsNoTracking().ForAdminList(input);
        var ordered = input.Sort switch
        {
            "titel" => query.OrderBy(d => d.SortName),
            _ => query.OrderByDescending(d => d.UpdatedAt),
        };
        var results = await ordered
            .Select(d => new AdminListItem(d.Id, d.Title, d.Slug, d.State, d.PublishAt, d.UpdatedAt))
            .ToPageAsync(input.PageNumber, PageSize, cancellationToken);
        return View(new AdminListViewModel<AdminListItem> { Input = input, Results = results, Path = "/admin/downloads" });
    }

    [HttpGet("neu")]
    public IActionResult Create() => View("Edit", Form(new EditFormViewModel<DownloadInput> { Input = new DownloadInput(), IsNew = true }));

    [HttpPost("neu")]
    [DownloadUpload]
    public async Task<IActionResult> Create(DownloadInput input, IFormFile? file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Id = 0;
        await ValidateSlugAsync(input, cancellationToken);
        var stored = await ReadFileAsync(file, required: true, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", Form(new EditFormViewModel<DownloadInput> { Input = input, IsNew = true }, stored?.FileName));
        }

        var download = new Download { StoredFile = stored };
        input.ApplyTo(download, Now);
        db.Downloads.Add(download);
        await editor.SaveAsync(download, null, "Angelegt", cancellationToken);
        Flash($"Der Download „{download.Title}“ wurde angelegt.");
        return RedirectToAction(nameof(Edit), new { id = download.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var download = await db.Downloads.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken);
        return download is null ? NotFound() : View(await FormAsync(new EditFormViewModel<DownloadInput> { Input = DownloadInput.From(download) }, download, null, cancellationToken));
    }

    [HttpPost("{id:int}")]
    [DownloadUpload]
    public async Task<IActionResult> Edit(int id, DownloadInput input, IFormFile? file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var download = await db.Downloads.FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken);
        if (download is null)
        {
            return NotFound();
        }

        input.Id = id;
        await ValidateSlugAsync(input, cancellationToken);
        var stored = await ReadFileAsync(file, required: false, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(await FormAsync(new EditFormViewModel<DownloadInput> { Input = input }, download, stored?.FileName, cancellationToken));
        }

        input.ApplyTo(download, Now);
        if (stored is not null)
        {
            download.StoredFile = stored;
        }

        try
        {
            await editor.SaveAsync(download, input.Version, stored is null ? "Bearbeitet" : "Bearbeitet, neue Datei", cancellationToken);
        }
        catch (ContentConflictException e)
        {
            // Nothing was written, the new file neither; keep what was typed and show what the other person saved.
            ModelState.AddModelError(string.Empty, e.Message + " Ihre Eingaben sind unten erhalten; die gespeicherte Fassung sehen Sie darunter. Übernehmen Sie, was Sie brauchen, und speichern Sie erneut.");
            var current = await db.Downloads.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken);
            if (current is null)
            {
                ModelState.AddModelError(string.Empty, "Der Download liegt inzwischen im Papierkorb. Stellen Sie ihn dort wieder her, bevor Sie Ihre Änderungen speichern.");
                return View(Form(new EditFormViewModel<DownloadInput> { Input = input }, stored?.FileName));
            }

            input.Version = current.Version;
            // The hidden field would otherwise repeat the posted (stale) version, and the next save would conflict again.
            ModelState.Remove(nameof(DownloadInput.Version));
            return View(await FormAsync(new EditFormViewModel<DownloadInput> { Input = input, StoredVersion = DownloadInput.From(current) }, current, stored?.FileName, cancellationToken));
        }

        Flash($"Der Download „{download.Title}“ wurde gespeichert.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The current file, whatever the download's state, so staff can check it before publishing.</summary>
    [HttpGet("{id:int}/datei")]
    public async Task<IActionResult> CurrentFile(int id, CancellationToken cancellationToken)
    {
        var file = await db.Downloads.AsNoTracking().Where(d => d.Id == id && d.DeletedAt == null)
            .Select(d => new { d.StoredFile!.FileName, d.StoredFile.Data })
            .FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Data, PdfUpload.ContentType, file.FileName);
    }

    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var download = await db.Downloads.FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt == null, cancellationToken);
        if (download is null)
        {
            return NotFound();
        }

        await editor.MoveToTrashAsync(download, cancellationToken);
        Flash($"Der Download „{download.Title}“ liegt jetzt im Papierkorb und kann dort wiederhergestellt werden.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The checked file, or null when none was chosen or it was refused (the reason is in ModelState under "File").</summary>
    private async Task<StoredFile?> ReadFileAsync(IFormFile? file, bool required, CancellationToken cancellationToken)
    {
        // An empty file field still posts a part without a name; that means "no new file".
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            if (required)
            {
                ModelState.AddModelError("File", "Bitte wählen Sie die PDF-Datei aus, die heruntergeladen werden soll.");
            }

            return null;
        }

        var result = await upload.ReadAsync(file, cancellationToken);
        if (result.Error is { } error)
        {
            ModelState.AddModelError("File", error);
        }

        return result.File;
    }

    private async Task ValidateSlugAsync(DownloadInput input, CancellationToken cancellationToken)
    {
        var slug = input.SlugOr(input.Title);
        if (await db.Downloads.AnyAsync(d => d.Slug == slug && d.Id != input.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(DownloadInput.Slug), $"Die Adresse „{slug}“ ist schon vergeben (auch Einträge im Papierkorb zählen). Bitte wählen Sie eine andere.");
        }
    }

    private async Task<DownloadEditViewModel> FormAsync(EditFormViewModel<DownloadInput> form, Download stored, string? unsavedFile, CancellationToken cancellationToken)
    {
        var file = await db.StoredFiles.AsNoTracking().Where(f => f.Id == stored.StoredFileId)
            .Select(f => new StoredFileSummary(f.FileName, f.Length, f.Sha256, f.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken);
        return Form(form, unsavedFile) with
        {
            CurrentFile = file,
            StoredTitle = stored.Title,
            PublicUrl = stored.IsPubliclyVisible(Now) ? "/downloads/" + stored.Slug : null,
        };
    }

    private DownloadEditViewModel Form(EditFormViewModel<DownloadInput> form, string? unsavedFile = null) =>
        new() { Form = form, UnsavedFileName = unsavedFile, MaxSizeLabel = upload.MaxSizeLabel };
}
