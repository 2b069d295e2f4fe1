using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Programmes;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>The consulting ledger of a participating firm: entries within the programme's allowance, each change audited.</summary>
[Route("admin")]
public sealed class ConsultingEntriesController(AppDbContext db, ConsultingLedger ledger) : AdminController
{
    [HttpPost("anmeldungen/{id:int}/beratung")]
    public async Task<IActionResult> Add(int id, ConsultingEntryInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var details = input.ToDetails(ModelState.AddModelError);
        var error = ModelState.IsValid && details is not null ? await ledger.AddAsync(id, details, cancellationToken) : null;
        if (error is not null)
        {
            ModelState.AddModelError(nameof(ConsultingEntryInput.Duration), error);
        }

        if (!ModelState.IsValid || details is null)
        {
            var model = await db.RegistrationDetailAsync(id, input, cancellationToken);
            return model is null ? NotFound() : View("~/Areas/Admin/Views/Registrations/Show.cshtml", model);
        }

        Flash($"Die {details.Kind.Label()} am {details.Date:dd.MM.yyyy} ({ProgrammeLabels.Duration(details.Minutes)}) ist eingetragen.");
        return Redirect($"/admin/anmeldungen/{id}#ledger-heading");
    }

    [HttpGet("beratung/{entryId:int}")]
    public async Task<IActionResult> Edit(int entryId, CancellationToken cancellationToken)
    {
        var entry = await db.ConsultingEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        return entry is null ? NotFound() : await FormAsync(entry, ConsultingEntryInput.From(entry), cancellationToken);
    }

    [HttpPost("beratung/{entryId:int}")]
    public async Task<IActionResult> Edit(int entryId, ConsultingEntryInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entry = await db.ConsultingEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var details = input.ToDetails(ModelState.AddModelError);
        var error = ModelState.IsValid && details is not null ? await ledger.UpdateAsync(entryId, details, cancellationToken) : null;
        if (error is not null)
        {
            ModelState.AddModelError(nameof(ConsultingEntryInput.Duration), error);
        }

        if (!ModelState.IsValid || details is null)
        {
            return await FormAsync(entry, input, cancellationToken);
        }

        Flash("Der Beratungseintrag wurde gespeichert.");
        return Redirect($"/admin/anmeldungen/{entry.RegistrationId}#ledger-heading");
    }

    [HttpPost("beratung/{entryId:int}/loeschen")]
    public async Task<IActionResult> Delete(int entryId, CancellationToken cancellationToken)
    {
        var registrationId = await db.ConsultingEntries.Where(e => e.Id == entryId).Select(e => (int?)e.RegistrationId).FirstOrDefaultAsync(cancellationToken);
        if (registrationId is null || !await ledger.DeleteAsync(entryId, cancellationToken))
        {
            return NotFound();
        }

        Flash("Der Beratungseintrag wurde gelöscht.");
        return Redirect($"/admin/anmeldungen/{registrationId}#ledger-heading");
    }

    private async Task<IActionResult> FormAsync(ConsultingEntry entry, ConsultingEntryInput input, CancellationToken cancellationToken)
    {
        var registration = await db.InterestRegistrations.AsNoTracking()
            .Include(r => r.Programme).Include(r => r.ConsultingEntries)
            .FirstAsync(r => r.Id == entry.RegistrationId, cancellationToken);
        var programme = registration.Programme!;
        return View("Edit", new ConsultingEntryEditViewModel(
            entry.Id, registration.Id, registration.CompanyName, new ProgrammeHeadViewModel(programme.Id, programme.Name, programme.Places), input,
            ConsultingBudget.For(programme, registration.ConsultingEntries).Without(entry)));
    }
}
