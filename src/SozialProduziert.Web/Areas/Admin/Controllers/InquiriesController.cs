using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.Inquiries;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Inquiries;
using SozialProduziert.Web.Services.Matching;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>The staff inbox of inquiries and needs: filter, read, move through the brokering steps, note, assign.</summary>
[Route("admin/anfragen")]
public sealed class InquiriesController(AppDbContext db, InquiryWorkflow workflow, NeedMatcher matcher) : AdminController
{
    private const int PageSize = 25;
    private const int SuggestionCount = 5;

    [HttpGet("")]
    public async Task<IActionResult> Index(InquiryFilterInput filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return View(new InquiryInboxViewModel
        {
            Filter = filter,
            Results = await db.InboxAsync(filter, PageSize, cancellationToken),
            Counts = await db.InquiryCountsAsync(cancellationToken),
        });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var inquiry = await db.InquiryWithDetailsAsync(id, cancellationToken);
        return inquiry is null ? NotFound() : View(await DetailAsync(inquiry, new NoteInput(), cancellationToken));
    }

    [HttpPost("{id:int}/status")]
    public async Task<IActionResult> ChangeStatus(int id, string? expected, string? target, CancellationToken cancellationToken)
    {
        var inquiry = await db.InquiryWithDetailsAsync(id, cancellationToken);
        if (inquiry is null)
        {
            return NotFound();
        }

        var from = Parse(expected);
        var to = Parse(target);
        if (from is null || to is null)
        {
            Flash("Bitte wählen Sie einen der angebotenen Schritte.");
            return RedirectToAction(nameof(Show), new { id });
        }

        Flash((await workflow.ChangeStatusAsync(inquiry, from.Value, to.Value, cancellationToken)).Message);
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:int}/notizen")]
    public async Task<IActionResult> AddNote(int id, [Bind(Prefix = nameof(InquiryDetailViewModel.Note))] NoteInput note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        var inquiry = await db.InquiryWithDetailsAsync(id, cancellationToken);
        if (inquiry is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(note.Text) && ModelState.IsValid)
        {
            ModelState.AddModelError($"{nameof(InquiryDetailViewModel.Note)}.{nameof(NoteInput.Text)}", "Bitte schreiben Sie eine Notiz.");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Show), await DetailAsync(inquiry, note, cancellationToken));
        }

        await workflow.AddNoteAsync(inquiry, note.Text, cancellationToken);
        Flash("Die Notiz ist gespeichert.");
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:int}/zuweisen")]
    public async Task<IActionResult> Assign(int id, int socialEnterpriseId, CancellationToken cancellationToken)
    {
        var inquiry = await db.InquiryWithDetailsAsync(id, cancellationToken);
        if (inquiry is null)
        {
            return NotFound();
        }

        Flash((await workflow.AssignAsync(inquiry, socialEnterpriseId, cancellationToken)).Message);
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:int}/zuweisung-entfernen")]
    public async Task<IActionResult> Unassign(int id, int socialEnterpriseId, CancellationToken cancellationToken)
    {
        var inquiry = await db.InquiryWithDetailsAsync(id, cancellationToken);
        if (inquiry is null)
        {
            return NotFound();
        }

        Flash((await workflow.UnassignAsync(inquiry, socialEnterpriseId, cancellationToken)).Message);
        return RedirectToAction(nameof(Show), new { id });
    }

    private static InquiryStatus? Parse(string? key) => Enum.GetValues<InquiryStatus>().Cast<InquiryStatus?>().FirstOrDefault(s => s!.Value.UrlKey() == key);

    private async Task<InquiryDetailViewModel> DetailAsync(Inquiry inquiry, NoteInput note, CancellationToken cancellationToken) => new()
    {
        Inquiry = InquirySummary.From(inquiry),
        DistrictName = inquiry.DistrictId is { } districtId ? (await db.Districts.FindAsync([districtId], cancellationToken))?.Name : null,
        TargetUrl = await db.TargetUrlAsync(inquiry, cancellationToken),
        Assignments = await db.AssignmentRowsAsync(inquiry.Id, cancellationToken),
        Suggestions = inquiry.AnonymisedAt is null ? await matcher.SuggestAsync(inquiry, SuggestionCount, cancellationToken) : [],
        Enterprises = await db.EnterpriseChoicesAsync(null, cancellationToken),
        Note = note,
    };
}
