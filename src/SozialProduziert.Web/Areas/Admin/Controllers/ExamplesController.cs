using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Examples;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>Praxisbeispiele: curated like editorial pages, plus years, impact figures, the partners and Sozialbetriebe involved and the gallery.</summary>
[Route("admin/praxisbeispiele")]
public sealed class ExamplesController(AppDbContext db, ContentEditor editor, ImageUploadService images, PageMetadata meta, TimeProvider clock) : AdminController
{
    private const int PageSize = 25;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private int CurrentYear => ViennaTime.ToLocal(Now).Year;

    [HttpGet("")]
    public async Task<IActionResult> Index(AdminListInput input, [FromQuery(Name = "art")] string? output, CancellationToken cancellationToken)
    {
        var query = db.Examples.AsNoTracking().ForAdminList(input);
        var outputType = GermanLabels.FromUrlKey<OutputType>(output, t => t.UrlKey());
        if (outputType is { } type)
        {
            query = query.Where(e => e.OutputType == type);
        }

        var ordered = input.Sort switch
        {
            "titel" => query.OrderBy(e => e.SortName),
            "jahr" => query.Newest(),
            _ => query.OrderByDescending(e => e.UpdatedAt),
        };
        var results = await ordered
            .Select(e => new ExampleRowViewModel(e.Id, e.Title, e.State, e.PublishAt, e.UpdatedAt, e.OutputType, e.YearFrom, e.YearTo, e.IsOngoing))
            .ToPageAsync(input.PageNumber, PageSize, cancellationToken);
        return View(new ExampleIndexViewModel { Input = input, Output = outputType?.UrlKey(), Results = results });
    }

    [HttpGet("neu")]
    public Task<ViewResult> Create(CancellationToken cancellationToken) =>
        FormAsync(new EditFormViewModel<ExampleInput> { Input = new ExampleInput(), IsNew = true }, cancellationToken);

    [HttpPost("neu")]
    [MediaUpload]
    public async Task<IActionResult> Create(ExampleInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ModelState.IgnoreGalleryRows(input.Gallery);
        await ValidateAsync(input, cancellationToken);
        var upload = await images.UploadUnlessPreviewAsync(ModelState, input.NewImages, input.NewImagesAltText, preview, cancellationToken);
        if (preview is not null || !ModelState.IsValid)
        {
            return await FormAsync(new EditFormViewModel<ExampleInput> { Input = input, IsNew = true, PreviewMarkdown = preview is null ? null : input.BodyMarkdown }, cancellationToken);
        }

        var example = new BestPracticeExample();
        input.ApplyTo(example, Now);
        await db.ApplyRelationsAsync(example, input, cancellationToken);
        GalleryEdits.Apply(example.Images, [], upload.Images);
        db.Examples.Add(example);
        await editor.SaveAsync(example, null, "Angelegt", cancellationToken);
        Flash($"Das Praxisbeispiel „{example.Title}“ wurde angelegt.");
        return RedirectToAction(nameof(Edit), new { id = example.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var example = await db.Examples.ExampleForEditAsync(id, cancellationToken);
        if (example is null)
        {
            return NotFound();
        }

        var input = ExampleInput.From(example);
        input.Gallery = await db.LoadGalleryAsync(example.Images, cancellationToken);
        return await FormAsync(new EditFormViewModel<ExampleInput> { Input = input }, cancellationToken, example);
    }

    [HttpPost("{id:int}")]
    [MediaUpload]
    public async Task<IActionResult> Edit(int id, ExampleInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var example = await db.Examples.ExampleForEditAsync(id, cancellationToken);
        if (example is null)
        {
            return NotFound();
        }

        input.Id = id;
        await ValidateAsync(input, cancellationToken);
        var upload = await images.UploadUnlessPreviewAsync(ModelState, input.NewImages, input.NewImagesAltText, preview, cancellationToken);
        if (preview is not null || !ModelState.IsValid)
        {
            return await FormAsync(new EditFormViewModel<ExampleInput> { Input = input, PreviewMarkdown = preview is null ? null : input.BodyMarkdown }, cancellationToken, example);
        }

        input.ApplyTo(example, Now);
        await db.ApplyRelationsAsync(example, input, cancellationToken);
        GalleryEdits.Apply(example.Images, input.Gallery, upload.Images);
        if (!await TrySaveAsync(example, input.Version, "Bearbeitet", cancellationToken))
        {
            // Keep everything the editor typed and show what the other person saved, so nobody's text is lost.
            ModelState.AddModelError(string.Empty, "Der Eintrag wurde inzwischen von jemand anderem geändert. Ihre Eingaben sind unten erhalten; die gespeicherte Fassung sehen Sie darunter. Übernehmen Sie, was Sie brauchen, und speichern Sie erneut.");
            var stored = await db.Examples.AsNoTracking().ExampleForEditAsync(id, cancellationToken);
            if (stored is null)
            {
                ModelState.AddModelError(string.Empty, "Das Praxisbeispiel liegt inzwischen im Papierkorb. Stellen Sie es dort wieder her, bevor Sie Ihre Änderungen speichern.");
                return await FormAsync(new EditFormViewModel<ExampleInput> { Input = input }, cancellationToken);
            }

            input.Version = stored.Version;
            // The hidden field would otherwise repeat the posted (stale) version and the next save would conflict again.
            ModelState.Remove(nameof(ExampleInput.Version));
            return await FormAsync(new EditFormViewModel<ExampleInput> { Input = input, StoredVersion = ExampleInput.From(stored) }, cancellationToken, stored);
        }

        Flash($"Das Praxisbeispiel „{example.Title}“ wurde gespeichert.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The example exactly as the public site will show it, whatever its state.</summary>
    [HttpGet("{id:int}/vorschau")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        // The example itself is not filtered by visibility; its partners and Sozialbetriebe are, as on the live page.
        var model = await db.Examples.AsNoTracking().Where(e => e.Id == id && e.DeletedAt == null)
            .FirstDetailAsync(db, Now, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        var images = await db.LoadImagesAsync(model.GalleryImageIds.Select(i => (int?)i), cancellationToken);
        model.Gallery = model.GalleryImageIds.Select(i => images.Find(i)).OfType<ImageViewModel>().ToList();
        meta.PreviewNotice = "Vorschau – so wird das Praxisbeispiel öffentlich aussehen. Nicht veröffentlichte Partner und Sozialbetriebe sind auch hier ausgeblendet.";
        return View("~/Views/Examples/Show.cshtml", model);
    }

    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var example = await db.Examples.ExampleForEditAsync(id, cancellationToken);
        if (example is null)
        {
            return NotFound();
        }

        await editor.MoveToTrashAsync(example, cancellationToken);
        Flash($"Das Praxisbeispiel „{example.Title}“ liegt jetzt im Papierkorb und kann dort wiederhergestellt werden.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> TrySaveAsync(BestPracticeExample example, int version, string action, CancellationToken cancellationToken)
    {
        try
        {
            await editor.SaveAsync(example, version, action, cancellationToken);
            return true;
        }
        catch (ContentConflictException)
        {
            return false;
        }
    }

    private async Task ValidateAsync(ExampleInput input, CancellationToken cancellationToken)
    {
        foreach (var error in input.Check(CurrentYear))
        {
            ModelState.AddModelError(error.MemberNames.First(), error.ErrorMessage!);
        }

        var slug = input.SlugOr(input.Title);
        if (await db.Examples.AnyAsync(e => e.Slug == slug && e.Id != input.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(ExampleInput.Slug), $"Die Adresse „{slug}“ ist schon vergeben (auch Einträge im Papierkorb zählen). Bitte wählen Sie eine andere.");
        }
    }

    /// <summary>The form page; <paramref name="stored"/> is the example as saved (null while creating).</summary>
    private async Task<ViewResult> FormAsync(EditFormViewModel<ExampleInput> form, CancellationToken cancellationToken, BestPracticeExample? stored = null)
    {
        // Rows that came back from the form keep what was typed; only their thumbnails come from the database.
        if (form.Input.Gallery.Any(r => r.ThumbnailUrl is null))
        {
            await db.AddThumbnailsAsync(form.Input.Gallery, cancellationToken);
        }

        return View("Edit", new ExampleEditViewModel
        {
            Form = form,
            Choices = await db.ExampleChoicesAsync(Now, cancellationToken),
            FilesDiscarded = ImageUploadFieldViewModel.AnyPosted(form.Input.NewImages),
            PublicUrl = stored?.IsPubliclyVisible(Now) == true ? "/praxisbeispiele/" + stored.Slug : null,
            LastYear = CurrentYear + 1,
            SavedTitle = stored?.Title,
        });
    }
}
