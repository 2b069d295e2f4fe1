using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Media;
using SozialProduziert.Web.Areas.Admin.ViewModels.SocialEnterprises;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>Sozialbetriebe: profile, contact data, fields of work, quality marks and logo, curated like every content type.</summary>
[Route("admin/sozialbetriebe")]
public sealed class SocialEnterprisesController(AppDbContext db, ContentEditor editor, ImageUploadService images, PageMetadata meta, TimeProvider clock) : AdminController
{
    private const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(AdminListInput input, SocialEnterpriseListFilter filter, CancellationToken cancellationToken)
    {
        var query = db.SocialEnterprises.AsNoTracking().ForAdminList(input).FilteredBy(filter);
        var ordered = input.Sort switch
        {
            "name" => query.OrderBy(e => e.SortName).ThenBy(e => e.Id),
            _ => query.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id),
        };
        var results = await ordered
            .Select(e => new SocialEnterpriseRow(e.Id, e.Name, e.District!.Name, e.Segment, e.State, e.PublishAt, e.UpdatedAt))
            .ToPageAsync(input.PageNumber, PageSize, cancellationToken);
        return View(new SocialEnterpriseListViewModel { Input = input, Filter = filter, Results = results, Districts = await db.DistrictsAsync(cancellationToken) });
    }

    [HttpGet("neu")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await FormAsync(new() { Input = new SocialEnterpriseInput(), IsNew = true }, null, cancellationToken));

    [HttpPost("neu")]
    [MediaUpload]
    public async Task<IActionResult> Create(SocialEnterpriseInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateAsync(input, cancellationToken);
        var upload = await images.UploadUnlessPreviewAsync(ModelState, input.NewImages, input.NewImagesAltText, preview, cancellationToken, firstFileOnly: true);
        if (preview is not null || !ModelState.IsValid)
        {
            return View("Edit", await FormAsync(new() { Input = input, IsNew = true, PreviewMarkdown = preview is null ? null : input.ProfileMarkdown }, null, cancellationToken));
        }

        var enterprise = new SocialEnterprise();
        input.ApplyTo(enterprise, await ChosenFieldsAsync(input, cancellationToken), await ChosenMarksAsync(input, cancellationToken), clock.GetUtcNow().UtcDateTime);
        ApplyLogo(enterprise, input, upload);
        db.SocialEnterprises.Add(enterprise);
        await editor.SaveAsync(enterprise, null, "Angelegt", cancellationToken);
        Flash($"Der Sozialbetrieb „{enterprise.Name}“ wurde angelegt.");
        return RedirectToAction(nameof(Edit), new { id = enterprise.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var enterprise = await WithRelations().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.DeletedAt == null, cancellationToken);
        return enterprise is null
            ? NotFound()
            : View(await FormAsync(new() { Input = SocialEnterpriseInput.From(enterprise), PublicUrl = PublicUrl(enterprise.Slug) }, enterprise.LogoId, cancellationToken));
    }

    [HttpPost("{id:int}")]
    [MediaUpload]
    public async Task<IActionResult> Edit(int id, SocialEnterpriseInput input, string? preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var enterprise = await WithRelations().FirstOrDefaultAsync(e => e.Id == id && e.DeletedAt == null, cancellationToken);
        if (enterprise is null)
        {
            return NotFound();
        }

        input.Id = id;
        await ValidateAsync(input, cancellationToken);
        var upload = await images.UploadUnlessPreviewAsync(ModelState, input.NewImages, input.NewImagesAltText, preview, cancellationToken, firstFileOnly: true);
        if (preview is not null || !ModelState.IsValid)
        {
            var form = new EditFormViewModel<SocialEnterpriseInput> { Input = input, PreviewMarkdown = preview is null ? null : input.ProfileMarkdown, PublicUrl = PublicUrl(enterprise.Slug) };
            return View(await FormAsync(form, enterprise.LogoId, cancellationToken));
        }

        input.ApplyTo(enterprise, await ChosenFieldsAsync(input, cancellationToken), await ChosenMarksAsync(input, cancellationToken), clock.GetUtcNow().UtcDateTime);
        ApplyLogo(enterprise, input, upload);
        try
        {
            await editor.SaveAsync(enterprise, input.Version, "Bearbeitet", cancellationToken);
        }
        catch (ContentConflictException e)
        {
            // Keep everything the editor typed and show what the other person saved, so nobody's text is lost.
            ModelState.AddModelError(string.Empty, e.Message + " Ihre Eingaben sind unten erhalten; die gespeicherte Fassung sehen Sie darunter. Übernehmen Sie, was Sie brauchen, und speichern Sie erneut.");
            var stored = await WithRelations().AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken);
            input.Version = stored.Version;
            var form = new EditFormViewModel<SocialEnterpriseInput> { Input = input, StoredVersion = SocialEnterpriseInput.From(stored), PublicUrl = PublicUrl(stored.Slug) };
            return View(await FormAsync(form, stored.LogoId, cancellationToken));
        }

        Flash($"Der Sozialbetrieb „{enterprise.Name}“ wurde gespeichert.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The profile exactly as the public site will show it, whatever its state.</summary>
    [HttpGet("{id:int}/vorschau")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var model = await db.EnterprisePreviewAsync(id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        meta.PreviewNotice = "Vorschau – so wird der Sozialbetrieb öffentlich aussehen. Angezeigt werden nur Angebote und Praxisbeispiele, die selbst veröffentlicht sind.";
        return View("~/Views/SocialEnterprises/Show.cshtml", model);
    }

    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var enterprise = await WithRelations().FirstOrDefaultAsync(e => e.Id == id && e.DeletedAt == null, cancellationToken);
        if (enterprise is null)
        {
            return NotFound();
        }

        await editor.MoveToTrashAsync(enterprise, cancellationToken);
        Flash($"Der Sozialbetrieb „{enterprise.Name}“ liegt jetzt im Papierkorb und kann dort wiederhergestellt werden. Seine Angebote sind so lange auch auf der Website nicht zu sehen.");
        return RedirectToAction(nameof(Index));
    }

    private static string PublicUrl(string slug) => "/sozialbetriebe/" + slug;

    private static void ApplyLogo(SocialEnterprise enterprise, SocialEnterpriseInput input, ImageUploadResult upload) =>
        LogoEdits.Apply(input, upload.Image, logo => enterprise.Logo = logo, () => (enterprise.Logo, enterprise.LogoId) = (null, null));

    // Relations loaded, so revisions snapshot the chosen fields of work and quality marks.
    private IQueryable<SocialEnterprise> WithRelations() => db.SocialEnterprises.Include(e => e.FieldsOfWork).Include(e => e.QualityMarks).AsSplitQuery();

    private async Task<List<FieldOfWork>> ChosenFieldsAsync(SocialEnterpriseInput input, CancellationToken cancellationToken) =>
        await db.FieldsOfWork.Where(f => input.FieldOfWorkIds.Contains(f.Id)).ToListAsync(cancellationToken);

    private async Task<List<QualityMark>> ChosenMarksAsync(SocialEnterpriseInput input, CancellationToken cancellationToken) =>
        await db.QualityMarks.Where(q => input.QualityMarkIds.Contains(q.Id)).ToListAsync(cancellationToken);

    private async Task ValidateAsync(SocialEnterpriseInput input, CancellationToken cancellationToken)
    {
        var slug = input.SlugOr(input.Name);
        if (await db.SocialEnterprises.AnyAsync(e => e.Slug == slug && e.Id != input.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.Slug), $"Die Adresse „{slug}“ ist schon vergeben (auch Einträge im Papierkorb zählen). Bitte wählen Sie eine andere.");
        }

        if (input.DistrictId is { } districtId && !await db.Districts.AnyAsync(d => d.Id == districtId, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.DistrictId), "Bitte wählen Sie einen Bezirk aus der Liste.");
        }
    }

    private async Task<SocialEnterpriseFormViewModel> FormAsync(EditFormViewModel<SocialEnterpriseInput> form, int? logoId, CancellationToken cancellationToken)
    {
        var offers = form.IsNew
            ? []
            : await db.Offers.AsNoTracking().Where(o => o.SocialEnterpriseId == form.Input.Id && o.DeletedAt == null)
                .OrderBy(o => o.SortName).Select(o => new EnterpriseOfferRow(o.Id, o.Title, o.Kind, o.State)).ToListAsync(cancellationToken);
        var logo = await db.LoadImagesAsync([logoId], cancellationToken);
        return new SocialEnterpriseFormViewModel
        {
            Form = form,
            Districts = await db.DistrictChoicesAsync(cancellationToken),
            FieldsOfWork = await db.FieldOfWorkChoicesAsync(cancellationToken),
            QualityMarks = await db.QualityMarkChoicesAsync(cancellationToken),
            Offers = offers,
            Logo = logo.Find(logoId),
        };
    }
}
