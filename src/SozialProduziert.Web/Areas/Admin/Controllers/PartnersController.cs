using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Areas.Admin.ViewModels.Partners;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.Services.PartnerArea;
using SozialProduziert.Web.ViewModels.Partners;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>Partners and their showcase pages ("virtuelle Auslage"), curated like editorial pages.</summary>
[Route("admin/partner")]
public sealed class PartnersController(AppDbContext db, ContentEditor editor, ImageUploadService images, PageMetadata meta, TimeProvider clock) : AdminController
{
    private const int PageSize = 25;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [HttpGet("")]
    public async Task<IActionResult> Index(AdminListInput input, PartnerFilterInput filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return View(new PartnerIndexViewModel
        {
            Input = input,
            Filter = filter,
            Results = await db.PartnerRowsAsync(input, filter, PageSize, cancellationToken),
            Kinds = PartnerKinds.Options(),
            Districts = await db.DistrictsAsync(cancellationToken),
        });
    }

    [HttpGet("neu")]
    public Task<ViewResult> Create(CancellationToken cancellationToken) =>
        FormAsync(new EditFormViewModel<PartnerInput> { Input = new PartnerInput(), IsNew = true }, null, cancellationToken);

    [HttpPost("neu")]
    [MediaUpload]
    public async Task<IActionResult> Create(PartnerInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Id = 0;
        await ValidateAsync(input, cancellationToken);
        await ModelState.RefuseUnapprovedAsync(db, null, input, Now, cancellationToken);
        var upload = await images.UploadUnlessPreviewAsync(ModelState, input.NewImages, input.NewImagesAltText, preview, cancellationToken, firstFileOnly: true);
        if (preview is not null || !ModelState.IsValid)
        {
            return await FormAsync(new EditFormViewModel<PartnerInput> { Input = input, IsNew = true, PreviewMarkdown = preview is null ? null : input.ShowcaseMarkdown ?? "" }, null, cancellationToken);
        }

        var partner = new Partner();
        input.ApplyTo(partner, Now);
        ApplyLogo(partner, input, upload);
        db.Partners.Add(partner);
        await editor.SaveAsync(partner, null, "Angelegt", cancellationToken);
        Flash($"Der Partner „{partner.Name}“ wurde angelegt.");
        return RedirectToAction(nameof(Edit), new { id = partner.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
        return partner is null ? NotFound() : await FormAsync(new EditFormViewModel<PartnerInput> { Input = PartnerInput.From(partner) }, partner, cancellationToken);
    }

    [HttpPost("{id:int}")]
    [MediaUpload]
    public async Task<IActionResult> Edit(int id, PartnerInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        input.Id = id;
        await ValidateAsync(input, cancellationToken);
        await ModelState.RefuseUnapprovedAsync(db, partner, input, Now, cancellationToken);
        var upload = await images.UploadUnlessPreviewAsync(ModelState, input.NewImages, input.NewImagesAltText, preview, cancellationToken, firstFileOnly: true);
        if (preview is not null || !ModelState.IsValid)
        {
            return await FormAsync(new EditFormViewModel<PartnerInput> { Input = input, PreviewMarkdown = preview is null ? null : input.ShowcaseMarkdown ?? "" }, partner, cancellationToken);
        }

        input.ApplyTo(partner, Now);
        ApplyLogo(partner, input, upload);
        try
        {
            await editor.SaveAsync(partner, input.Version, "Bearbeitet", cancellationToken);
        }
        catch (ShowcaseNotApprovedException e)
        {
            // Someone changed the approval (or the page) between the check above and the save.
            ModelState.AddModelError(nameof(PartnerInput.State), e.Message);
            return await FormAsync(new EditFormViewModel<PartnerInput> { Input = input }, partner, cancellationToken);
        }
        catch (ContentConflictException e)
        {
            // Keep everything the editor typed and show what the other person saved, so nobody's text is lost.
            ModelState.AddModelError(string.Empty, e.Message + " Ihre Eingaben sind unten erhalten; die gespeicherte Fassung sehen Sie darunter. Übernehmen Sie, was Sie brauchen, und speichern Sie erneut.");
            var stored = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
            if (stored is null)
            {
                ModelState.AddModelError(string.Empty, "Der Partner liegt inzwischen im Papierkorb. Stellen Sie ihn dort wieder her, bevor Sie Ihre Änderungen speichern.");
                return await FormAsync(new EditFormViewModel<PartnerInput> { Input = input }, null, cancellationToken);
            }

            input.Version = stored.Version;
            // The hidden field would otherwise repeat the posted (stale) version, and the next save would conflict again.
            ModelState.Remove(nameof(PartnerInput.Version));
            return await FormAsync(new EditFormViewModel<PartnerInput> { Input = input, StoredVersion = PartnerInput.From(stored) }, stored, cancellationToken);
        }

        Flash($"Der Partner „{partner.Name}“ wurde gespeichert.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The showcase exactly as the public site will show it, whatever the partner's state.</summary>
    [HttpGet("{id:int}/vorschau")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        // Only the partner itself skips the visibility filter; its examples and Sozialbetriebe are filtered as on the live page.
        var model = await db.Partners.AsNoTracking().Where(p => p.Id == id && p.DeletedAt == null).ToShowcase().FirstOrDefaultAsync(cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await db.CompleteShowcaseAsync(model, Now, cancellationToken);
        meta.PreviewNotice = "Vorschau – so wird die Auslage öffentlich aussehen. Nicht veröffentlichte Praxisbeispiele und Sozialbetriebe sind auch hier ausgeblendet.";
        return View("~/Views/Partners/Show.cshtml", model);
    }

    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        await editor.MoveToTrashAsync(partner, cancellationToken);
        Flash($"Der Partner „{partner.Name}“ liegt jetzt im Papierkorb und kann dort wiederhergestellt werden.");
        return RedirectToAction(nameof(Index));
    }

    private static void ApplyLogo(Partner partner, PartnerInput input, ImageUploadResult upload) =>
        LogoEdits.Apply(input, upload.Image, logo => partner.Logo = logo, () => (partner.Logo, partner.LogoId) = (null, null));

    private async Task ValidateAsync(PartnerInput input, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(input.Kind) && input.KindValue is null)
        {
            ModelState.AddModelError(nameof(PartnerInput.Kind), "Bitte wählen Sie eine Art aus der Liste.");
        }

        if (input.DistrictId is { } districtId && !await db.Districts.AnyAsync(d => d.Id == districtId, cancellationToken))
        {
            ModelState.AddModelError(nameof(PartnerInput.DistrictId), "Bitte wählen Sie einen Bezirk aus der Liste.");
        }

        if (input.ProgrammeId is { } programmeId && !await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
        {
            ModelState.AddModelError(nameof(PartnerInput.ProgrammeId), "Dieses Programm gibt es nicht mehr. Bitte wählen Sie eines aus der Liste.");
        }

        var slug = input.SlugOr(input.Name);
        if (await db.Partners.AnyAsync(p => p.Slug == slug && p.Id != input.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(PartnerInput.Slug), $"Die Adresse „{slug}“ ist schon vergeben (auch Einträge im Papierkorb zählen). Bitte wählen Sie eine andere.");
        }
    }

    /// <summary>The form page; <paramref name="stored"/> is the partner as saved (null while creating).</summary>
    private async Task<ViewResult> FormAsync(EditFormViewModel<PartnerInput> form, Partner? stored, CancellationToken cancellationToken)
    {
        var (districts, programmes) = await db.PartnerChoicesAsync(cancellationToken);
        var logos = await db.LoadImagesAsync([stored?.LogoId], cancellationToken);
        return View("Edit", new PartnerEditViewModel
        {
            Form = form,
            Districts = districts,
            Programmes = programmes,
            Examples = stored is null ? [] : await db.PartnerExampleLinksAsync(stored.Id, cancellationToken),
            Logo = logos.Find(stored?.LogoId),
            StoredName = stored?.Name,
            PublicUrl = stored?.IsPubliclyVisible(Now) == true ? "/auslage/" + stored.Slug : null,
        });
    }
}
