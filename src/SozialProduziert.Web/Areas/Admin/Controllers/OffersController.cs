using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Areas.Admin.ViewModels.Offers;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>Offers of the Sozialbetriebe, curated like every content type, with their gallery.</summary>
[Route("admin/angebote")]
public sealed class OffersController(AppDbContext db, ContentEditor editor, ImageUploadService images, PageMetadata meta, TimeProvider clock) : AdminController
{
    private const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(AdminListInput input, OfferListFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Offers.AsNoTracking().ForAdminList(input).FilteredBy(filter);
        var ordered = input.Sort switch
        {
            "titel" => query.OrderBy(o => o.SortName).ThenBy(o => o.Id),
            _ => query.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Id),
        };
        var results = await ordered
            .Select(o => new OfferRow(o.Id, o.Title, o.SocialEnterprise!.Name, o.Kind, o.State, o.PublishAt, o.UpdatedAt))
            .ToPageAsync(input.PageNumber, PageSize, cancellationToken);
        var enterprises = await db.EnterpriseChoicesAsync(null, cancellationToken);
        return View(new OfferListViewModel
        {
            Input = input,
            Filter = filter,
            Results = results,
            Enterprises = enterprises.Select(e => new OptionViewModel(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Label)).ToList(),
        });
    }

    /// <summary>The new-offer form; <c>?sozialbetrieb=</c> preselects the enterprise (from its edit page).</summary>
    [HttpGet("neu")]
    public async Task<IActionResult> Create([FromQuery(Name = "sozialbetrieb")] string? enterprise, CancellationToken cancellationToken)
    {
        var input = new OfferInput { SocialEnterpriseId = new OfferListFilter { Enterprise = enterprise }.EnterpriseValue };
        return View("Edit", await FormAsync(new() { Input = input, IsNew = true }, cancellationToken));
    }

    [HttpPost("neu")]
    [MediaUpload]
    public async Task<IActionResult> Create(OfferInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ModelState.IgnoreGalleryRows(input.Gallery);
        await ValidateAsync(input, null, cancellationToken);
        var upload = await images.UploadUnlessPreviewAsync(ModelState, input.NewImages, input.NewImagesAltText, preview, cancellationToken);
        if (preview is not null || !ModelState.IsValid)
        {
            return View("Edit", await FormAsync(new() { Input = input, IsNew = true, PreviewMarkdown = preview is null ? null : input.DescriptionMarkdown }, cancellationToken));
        }

        var offer = new Offer();
        input.ApplyTo(offer, clock.GetUtcNow().UtcDateTime);
        GalleryEdits.Apply(offer.Images, [], upload.Images);
        db.Offers.Add(offer);
        await editor.SaveAsync(offer, null, "Angelegt", cancellationToken);
        Flash($"Das Angebot „{offer.Title}“ wurde angelegt.");
        return RedirectToAction(nameof(Edit), new { id = offer.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var offer = await WithImages().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.DeletedAt == null, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        var input = OfferInput.From(offer);
        input.Gallery = await db.LoadGalleryAsync(offer.Images, cancellationToken);
        return View(await FormAsync(new() { Input = input, PublicUrl = PublicUrl(offer.Slug) }, cancellationToken));
    }

    [HttpPost("{id:int}")]
    [MediaUpload]
    public async Task<IActionResult> Edit(int id, OfferInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var offer = await WithImages().FirstOrDefaultAsync(o => o.Id == id && o.DeletedAt == null, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        input.Id = id;
        await ValidateAsync(input, offer.SocialEnterpriseId, cancellationToken);
        var upload = await images.UploadUnlessPreviewAsync(ModelState, input.NewImages, input.NewImagesAltText, preview, cancellationToken);
        if (preview is not null || !ModelState.IsValid)
        {
            return View(await FormAsync(new() { Input = input, PreviewMarkdown = preview is null ? null : input.DescriptionMarkdown, PublicUrl = PublicUrl(offer.Slug) }, cancellationToken));
        }

        input.ApplyTo(offer, clock.GetUtcNow().UtcDateTime);
        GalleryEdits.Apply(offer.Images, input.Gallery, upload.Images);
        try
        {
            await editor.SaveAsync(offer, input.Version, "Bearbeitet", cancellationToken);
        }
        catch (ContentConflictException e)
        {
            // Keep everything the editor typed and show what the other person saved, so nobody's text is lost.
            ModelState.AddModelError(string.Empty, e.Message + " Ihre Eingaben sind unten erhalten; die gespeicherte Fassung sehen Sie darunter. Übernehmen Sie, was Sie brauchen, und speichern Sie erneut.");
            var stored = await db.Offers.AsNoTracking().FirstAsync(o => o.Id == id, cancellationToken);
            input.Version = stored.Version;
            return View(await FormAsync(new() { Input = input, StoredVersion = OfferInput.From(stored), PublicUrl = PublicUrl(stored.Slug) }, cancellationToken));
        }

        Flash($"Das Angebot „{offer.Title}“ wurde gespeichert.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The offer exactly as the public site will show it, whatever its state (and its enterprise's).</summary>
    [HttpGet("{id:int}/vorschau")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var model = await db.OfferPreviewAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        meta.PreviewNotice = "Vorschau – so wird das Angebot öffentlich aussehen. Öffentlich sichtbar ist es nur, solange auch der Sozialbetrieb veröffentlicht ist.";
        return View("~/Views/Offers/Show.cshtml", model);
    }

    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var offer = await WithImages().FirstOrDefaultAsync(o => o.Id == id && o.DeletedAt == null, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        await editor.MoveToTrashAsync(offer, cancellationToken);
        Flash($"Das Angebot „{offer.Title}“ liegt jetzt im Papierkorb und kann dort wiederhergestellt werden.");
        return RedirectToAction(nameof(Index));
    }

    private static string PublicUrl(string slug) => "/angebote/" + slug;

    // Gallery loaded with its image records, so GalleryEdits can change alt texts and revisions snapshot the order.
    private IQueryable<Offer> WithImages() => db.Offers.Include(o => o.Images).ThenInclude(i => i.MediaImage);

    /// <summary>Slug free; enterprise and field of work exist (an enterprise in the Papierkorb only if it already was the offer's).</summary>
    private async Task ValidateAsync(OfferInput input, int? currentEnterpriseId, CancellationToken cancellationToken)
    {
        var slug = input.SlugOr(input.Title);
        if (await db.Offers.AnyAsync(o => o.Slug == slug && o.Id != input.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Slug), $"Die Adresse „{slug}“ ist schon vergeben (auch Einträge im Papierkorb zählen). Bitte wählen Sie eine andere.");
        }

        if (input.SocialEnterpriseId is { } enterpriseId
            && !await db.SocialEnterprises.AnyAsync(e => e.Id == enterpriseId && (e.DeletedAt == null || e.Id == currentEnterpriseId), cancellationToken))
        {
            ModelState.AddModelError(nameof(input.SocialEnterpriseId), "Bitte wählen Sie einen Sozialbetrieb aus der Liste.");
        }

        if (input.FieldOfWorkId is { } fieldId && !await db.FieldsOfWork.AnyAsync(f => f.Id == fieldId, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.FieldOfWorkId), "Bitte wählen Sie ein Arbeitsfeld aus der Liste.");
        }
    }

    private async Task<OfferFormViewModel> FormAsync(EditFormViewModel<OfferInput> form, CancellationToken cancellationToken)
    {
        // Rows that came back from the form keep what was typed; only their thumbnails come from the database.
        if (form.Input.Gallery.Any(r => r.ThumbnailUrl is null))
        {
            await db.AddThumbnailsAsync(form.Input.Gallery, cancellationToken);
        }

        return new OfferFormViewModel
        {
            Form = form,
            Enterprises = await db.EnterpriseChoicesAsync(form.Input.SocialEnterpriseId, cancellationToken),
            FieldsOfWork = await db.FieldOfWorkChoicesAsync(cancellationToken),
            FilesDiscarded = ImageUploadFieldViewModel.AnyPosted(form.Input.NewImages),
        };
    }
}
