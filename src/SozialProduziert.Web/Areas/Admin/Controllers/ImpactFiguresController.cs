using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.Queries;
using SozialProduziert.Web.Areas.Admin.ViewModels.PartnerArea;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// Impact figures of a Praxisbeispiel or of a closed inquiry: staff enter and edit them, and record the
/// Sozialbetrieb's confirmation. A figure names a firm and a Sozialbetrieb of its subject (<see cref="FigureSubject"/>);
/// an edit of what it says removes both confirmations.
/// </summary>
public sealed class ImpactFiguresController(AppDbContext db, ImpactFigures figures, FigureSubjects subjects, CurrentUser user) : AdminController
{
    private const string FigureForm = "~/Areas/Admin/Views/PartnerArea/Figures.cshtml";

    [HttpGet("admin/praxisbeispiele/{exampleId:int}/kennzahlen")]
    public async Task<IActionResult> ForExample(int exampleId, CancellationToken cancellationToken) =>
        await subjects.ForExampleAsync(exampleId, cancellationToken) is { } subject
            ? await PageAsync(subject, new ImpactFigureInput(), null, cancellationToken)
            : NotFound();

    [HttpPost("admin/praxisbeispiele/{exampleId:int}/kennzahlen")]
    public async Task<IActionResult> CreateForExample(int exampleId, ImpactFigureInput input, CancellationToken cancellationToken) =>
        await CreateAsync(await subjects.ForExampleAsync(exampleId, cancellationToken), input,
            values => figures.CreateForExampleAsync(exampleId, values, cancellationToken), cancellationToken);

    [HttpGet("admin/anfragen/{inquiryId:int}/kennzahlen")]
    public async Task<IActionResult> ForInquiry(int inquiryId, CancellationToken cancellationToken) =>
        await subjects.ForInquiryAsync(inquiryId, cancellationToken) is { } subject
            ? await PageAsync(subject, subject.Suggestion ?? new ImpactFigureInput(), null, cancellationToken)
            : NotFound();

    [HttpPost("admin/anfragen/{inquiryId:int}/kennzahlen")]
    public async Task<IActionResult> CreateForInquiry(int inquiryId, ImpactFigureInput input, CancellationToken cancellationToken) =>
        await CreateAsync(await subjects.ForInquiryAsync(inquiryId, cancellationToken), input,
            values => figures.CreateForInquiryAsync(inquiryId, values, cancellationToken), cancellationToken);

    [HttpGet("admin/kennzahlen/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var figure = await db.ImpactFigures.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return figure is not null && await subjects.OfAsync(figure, cancellationToken) is { } subject
            ? await PageAsync(subject, ImpactFigureInput.From(figure), id, cancellationToken)
            : NotFound();
    }

    [HttpPost("admin/kennzahlen/{id:int}")]
    public async Task<IActionResult> Edit(int id, ImpactFigureInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var figure = await db.ImpactFigures.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (figure is null || await subjects.OfAsync(figure, cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        if (Validate(subject, input))
        {
            try
            {
                await figures.UpdateAsync(figure, input.Version, input.ToValues(), cancellationToken);
                Flash("Die Kennzahl ist gespeichert." + (figure.PartnerConfirmedAt is null && figure.EnterpriseConfirmedAt is null ? " Sie muss von beiden Seiten (wieder) bestätigt werden." : ""));
                return Redirect(subject.FiguresPath);
            }
            catch (ContentConflictException e)
            {
                ModelState.AddModelError(string.Empty, e.Message + " Bitte laden Sie die Seite neu und prüfen Sie den gespeicherten Wert.");
            }
        }

        return await PageAsync(subject, input, id, cancellationToken);
    }

    [HttpPost("admin/kennzahlen/{id:int}/sozialbetrieb-bestaetigt")]
    public async Task<IActionResult> ConfirmByEnterprise(int id, [Bind(Prefix = nameof(ImpactFigurePageViewModel.Confirmation))] EnterpriseConfirmationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var figure = await db.ImpactFigures.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (figure is null || await subjects.OfAsync(figure, cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        if (figure.Version != input.Version)
        {
            ModelState.AddModelError(string.Empty, "Die Kennzahl wurde inzwischen geändert. Bitte lassen Sie den neuen Wert vom Sozialbetrieb bestätigen.");
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(subject, ImpactFigureInput.From(figure), id, cancellationToken, input);
        }

        await figures.ConfirmByEnterpriseAsync(figure, input.PersonName, user.Name, cancellationToken);
        Flash($"Die Bestätigung durch {input.PersonName.Trim()} ist erfasst.");
        return Redirect($"/admin/kennzahlen/{id}");
    }

    [HttpPost("admin/kennzahlen/{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var figure = await db.ImpactFigures.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (figure is null || await subjects.OfAsync(figure, cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        await figures.DeleteAsync(figure, cancellationToken);
        Flash($"Die Kennzahl „{ImpactFigures.Describe(figure)}“ ist gelöscht.");
        return Redirect(subject.FiguresPath);
    }

    /// <summary>A new figure of the subject; none while the subject takes none yet (an inquiry still being brokered).</summary>
    private async Task<IActionResult> CreateAsync(
        FigureSubject? subject, ImpactFigureInput input, Func<ImpactFigureValues, Task<ImpactFigure>> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (subject is null)
        {
            return NotFound();
        }

        if (subject.ClosedReason is { } reason)
        {
            ModelState.AddModelError(string.Empty, reason);
        }

        if (!Validate(subject, input))
        {
            return await PageAsync(subject, input, null, cancellationToken);
        }

        var figure = await create(input.ToValues());
        Flash($"Die Kennzahl „{ImpactFigures.Describe(figure)}“ ist gespeichert. Sie wartet auf die Bestätigung durch die Firma und den Sozialbetrieb.");
        return Redirect(subject.FiguresPath);
    }

    /// <summary>The firm and the Sozialbetrieb must belong to the figure's subject.</summary>
    private bool Validate(FigureSubject subject, ImpactFigureInput input)
    {
        if (input.PartnerId is { } partnerId && subject.Partners.All(p => p.Id != partnerId))
        {
            ModelState.AddModelError(nameof(ImpactFigureInput.PartnerId), "Bitte wählen Sie eine der angebotenen Firmen.");
        }

        if (input.SocialEnterpriseId is { } enterpriseId && subject.SocialEnterprises.All(s => s.Id != enterpriseId))
        {
            ModelState.AddModelError(nameof(ImpactFigureInput.SocialEnterpriseId), "Bitte wählen Sie einen der beteiligten Sozialbetriebe.");
        }

        return ModelState.IsValid;
    }

    private async Task<IActionResult> PageAsync(FigureSubject subject, ImpactFigureInput input, int? editingId,
        CancellationToken cancellationToken, EnterpriseConfirmationInput? confirmation = null)
    {
        var figuresOfSubject = subject.ExampleId is { } exampleId
            ? db.ImpactFigures.Where(f => f.ExampleId == exampleId)
            : db.ImpactFigures.Where(f => f.InquiryId == subject.InquiryId);
        var rows = await figuresOfSubject.FigureRowsAsync(cancellationToken);
        var editing = rows.FirstOrDefault(r => r.Id == editingId);
        return View(FigureForm, new ImpactFigurePageViewModel
        {
            Subject = subject,
            Figures = rows,
            Input = input,
            Editing = editing,
            Confirmation = confirmation ?? new EnterpriseConfirmationInput { Version = editing?.Version ?? 0 },
        });
    }
}
