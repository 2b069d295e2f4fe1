using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Programmes;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// The queue of a programme's interest registrations: the list in arrival order, recording those that came in
/// person or by e-mail with their real arrival time, and each registration's status steps.
/// </summary>
[Route("admin")]
public sealed class RegistrationsController(
    AppDbContext db, RegistrationIntake intake, RegistrationStatusChanges statuses, Services.Content.CurrentUser user, TimeProvider clock) : AdminController
{
    [HttpGet("programme/{programmeId:int}/anmeldungen")]
    public async Task<IActionResult> Index(int programmeId, RegistrationListInput input, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeHeadAsync(programmeId, cancellationToken);
        return programme is null ? NotFound() : View(await db.RegistrationListAsync(programme, input, cancellationToken));
    }

    [HttpGet("programme/{programmeId:int}/anmeldungen/neu")]
    public async Task<IActionResult> Record(int programmeId, CancellationToken cancellationToken)
    {
        var input = new RecordRegistrationInput { ArrivedAtLocal = TruncateToMinute(ViennaTime.ToLocal(clock.GetUtcNow().UtcDateTime)) };
        return await RecordFormAsync(programmeId, input, cancellationToken);
    }

    [HttpPost("programme/{programmeId:int}/anmeldungen/neu")]
    public async Task<IActionResult> Record(int programmeId, RecordRegistrationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var districts = await db.Districts.AsNoTracking().Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var (field, message) in input.Problems(districts.Contains).Concat(input.StaffProblems(clock.GetUtcNow().UtcDateTime)))
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return await RecordFormAsync(programmeId, input, cancellationToken);
        }

        var arrivedAt = ViennaTime.ToUtc(input.ArrivedAtLocal!.Value);
        var result = await intake.RecordAsync(programmeId, input.ToDetails(), arrivedAt, input.ChannelValue!.Value, input.SendConfirmation, cancellationToken);
        switch (result.Outcome)
        {
            case IntakeOutcome.NoProgramme:
                return NotFound();
            case IntakeOutcome.Duplicate:
                ModelState.AddModelError(nameof(input.CompanyName), "Für dieses Unternehmen oder diese E-Mail-Adresse gibt es in diesem Programm schon eine Interessensbekundung. Sie steht in der Liste; eine zweite wird nicht gezählt.");
                return await RecordFormAsync(programmeId, input, cancellationToken);
        }

        var registration = result.Registration!;
        Flash(result.Overtaken > 0
            ? $"„{registration.CompanyName}“ ist mit Eingang {ViennaTime.Format(arrivedAt)} erfasst und vor {result.Overtaken} späteren Anmeldungen eingereiht: {QueueWording.Describe(result.Position, await PlacesAsync(programmeId, cancellationToken))}. {result.Notified} Betriebe, deren Platz sich geändert hat, werden per E-Mail verständigt."
            : $"„{registration.CompanyName}“ ist erfasst: {QueueWording.Describe(result.Position, await PlacesAsync(programmeId, cancellationToken))}.");
        return RedirectToAction(nameof(Show), new { id = registration.Id });
    }

    [HttpGet("anmeldungen/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var model = await db.RegistrationDetailAsync(id, await db.NewEntryInputAsync(user.Id, clock.GetUtcNow().UtcDateTime, cancellationToken), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("anmeldungen/{id:int}/status")]
    public async Task<IActionResult> ChangeStatus(int id, StatusChangeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.TargetValue is not { } target)
        {
            return BadRequest();
        }

        var partner = input.Partner == StatusChangeInput.NewPartner ? new PartnerChoice(null) : new PartnerChoice(input.ExistingPartnerId);
        var result = await statuses.ChangeAsync(id, target, input.ConfirmedOn, partner, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Error!);
            var model = await db.RegistrationDetailAsync(id, await db.NewEntryInputAsync(user.Id, clock.GetUtcNow().UtcDateTime, cancellationToken), cancellationToken);
            return model is null ? NotFound() : View(nameof(Show), model);
        }

        Flash($"Der Status ist jetzt „{target.Label()}“." + (result.Notified > 0 ? $" {result.Notified} Betriebe, deren Platz sich geändert hat, werden per E-Mail verständigt." : ""));
        return RedirectToAction(nameof(Show), new { id });
    }

    private async Task<IActionResult> RecordFormAsync(int programmeId, RecordRegistrationInput input, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeHeadAsync(programmeId, cancellationToken);
        return programme is null
            ? NotFound()
            : View("Record", new RecordRegistrationViewModel { Programme = programme, Input = input, Districts = await db.DistrictOptionsAsync(cancellationToken) });
    }

    private Task<int> PlacesAsync(int programmeId, CancellationToken cancellationToken) =>
        db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Places).SingleAsync(cancellationToken);

    private static DateTime TruncateToMinute(DateTime value) => new(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, value.Kind);
}
