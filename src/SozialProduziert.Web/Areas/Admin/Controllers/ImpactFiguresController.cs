using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.PartnerArea;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// Impact figures of a Praxisbeispiel: staff enter and edit them, and record the Sozialbetrieb's confirmation.
/// A figure names one of the example's firms and one of its Sozialbetriebe; an edit of what it says removes both confirmations.
/// </summary>
public sealed class ImpactFiguresController(AppDbContext db, ImpactFigures figures, CurrentUser user) : AdminController
{
    private const string FigureForm = "~/Areas/Admin/Views/PartnerArea/Figures.cshtml";

    [HttpGet("admin/praxisbeispiele/{exampleId:int}/kennzahlen")]
    public Task<IActionResult> Index(int exampleId, CancellationToken cancellationToken) =>
        PageAsync(exampleId, new ImpactFigureInput(), null, cancellationToken);

    [HttpPost("admin/praxisbeispiele/{exampleId:int}/kennzahlen")]
    public async Task<IActionResult> Create(int exampleId, ImpactFigureInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await ValidateRelationsAsync(exampleId, input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await PageAsync(exampleId, input, null, cancellationToken);
        }

        var figure = await figures.CreateForExampleAsync(exampleId, input.ToValues(), cancellationToken);
        Flash($"Die Kennzahl „{ImpactFigures.Describe(figure)}“ ist gespeichert. Sie wartet auf die Bestätigung durch die Firma und den Sozialbetrieb.");
        return Redirect($"/admin/praxisbeispiele/{exampleId}/kennzahlen");
    }

    [HttpGet("admin/kennzahlen/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await db.ImpactFigures.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { ExampleId: { } exampleId } figure
            ? await PageAsync(exampleId, ImpactFigureInput.From(figure), id, cancellationToken)
            : NotFound();

    [HttpPost("admin/kennzahlen/{id:int}")]
    public async Task<IActionResult> Edit(int id, ImpactFigureInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.ImpactFigures.FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is not { ExampleId: { } exampleId } figure)
        {
            return NotFound();
        }

        await ValidateRelationsAsync(exampleId, input, cancellationToken);
        if (ModelState.IsValid)
        {
            try
            {
                await figures.UpdateAsync(figure, input.Version, input.ToValues(), cancellationToken);
                Flash("Die Kennzahl ist gespeichert." + (figure.PartnerConfirmedAt is null && figure.EnterpriseConfirmedAt is null ? " Sie muss von beiden Seiten (wieder) bestätigt werden." : ""));
                return Redirect($"/admin/praxisbeispiele/{exampleId}/kennzahlen");
            }
            catch (ContentConflictException e)
            {
                ModelState.AddModelError(string.Empty, e.Message + " Bitte laden Sie die Seite neu und prüfen Sie den gespeicherten Wert.");
            }
        }

        return await PageAsync(exampleId, input, id, cancellationToken);
    }

    [HttpPost("admin/kennzahlen/{id:int}/sozialbetrieb-bestaetigt")]
    public async Task<IActionResult> ConfirmByEnterprise(int id, [Bind(Prefix = nameof(ImpactFigurePageViewModel.Confirmation))] EnterpriseConfirmationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await db.ImpactFigures.FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is not { ExampleId: { } exampleId } figure)
        {
            return NotFound();
        }

        if (figure.Version != input.Version)
        {
            ModelState.AddModelError(string.Empty, "Die Kennzahl wurde inzwischen geändert. Bitte lassen Sie den neuen Wert vom Sozialbetrieb bestätigen.");
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(exampleId, ImpactFigureInput.From(figure), id, cancellationToken, input);
        }

        await figures.ConfirmByEnterpriseAsync(figure, input.PersonName, user.Name, cancellationToken);
        Flash($"Die Bestätigung durch {input.PersonName.Trim()} ist erfasst.");
        return Redirect($"/admin/kennzahlen/{id}");
    }

    [HttpPost("admin/kennzahlen/{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (await db.ImpactFigures.FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is not { ExampleId: { } exampleId } figure)
        {
            return NotFound();
        }

        await figures.DeleteAsync(figure, cancellationToken);
        Flash($"Die Kennzahl „{ImpactFigures.Describe(figure)}“ ist gelöscht.");
        return Redirect($"/admin/praxisbeispiele/{exampleId}/kennzahlen");
    }

    /// <summary>The firm and the Sozialbetrieb must both belong to the example.</summary>
    private async Task ValidateRelationsAsync(int exampleId, ImpactFigureInput input, CancellationToken cancellationToken)
    {
        if (input.PartnerId is { } partnerId && !await db.Examples.AnyAsync(e => e.Id == exampleId && e.Partners.Any(p => p.Id == partnerId), cancellationToken))
        {
            ModelState.AddModelError(nameof(ImpactFigureInput.PartnerId), "Bitte wählen Sie eine Firma, die an diesem Praxisbeispiel beteiligt ist.");
        }

        if (input.SocialEnterpriseId is { } enterpriseId && !await db.Examples.AnyAsync(e => e.Id == exampleId && e.SocialEnterprises.Any(s => s.Id == enterpriseId), cancellationToken))
        {
            ModelState.AddModelError(nameof(ImpactFigureInput.SocialEnterpriseId), "Bitte wählen Sie einen Sozialbetrieb, der an diesem Praxisbeispiel beteiligt ist.");
        }
    }

    private async Task<IActionResult> PageAsync(int exampleId, ImpactFigureInput input, int? editingId, CancellationToken cancellationToken, EnterpriseConfirmationInput? confirmation = null)
    {
        var example = await db.Examples.AsNoTracking().Where(e => e.Id == exampleId && e.DeletedAt == null)
            .Select(e => new
            {
                e.Title,
                Partners = e.Partners.OrderBy(p => p.Name).Select(p => new OptionViewModelPair(p.Id, p.Name)).ToList(),
                Enterprises = e.SocialEnterprises.OrderBy(s => s.Name).Select(s => new OptionViewModelPair(s.Id, s.Name)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (example is null)
        {
            return NotFound();
        }

        var rows = await db.ImpactFigures.Where(f => f.ExampleId == exampleId).FigureRowsAsync(cancellationToken);
        var editing = rows.FirstOrDefault(r => r.Id == editingId);
        return View(FigureForm, new ImpactFigurePageViewModel
        {
            ExampleId = exampleId,
            ExampleTitle = example.Title,
            Figures = rows,
            Partners = example.Partners,
            SocialEnterprises = example.Enterprises,
            Input = input,
            Editing = editing,
            Confirmation = confirmation ?? new EnterpriseConfirmationInput { Version = editing?.Version ?? 0 },
        });
    }
}
