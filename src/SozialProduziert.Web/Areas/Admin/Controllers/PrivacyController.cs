using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Areas.Admin.ViewModels.Privacy;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Privacy;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// DSGVO requests (Administrators): find everything stored about a person by e-mail address, hand it out (JSON or a
/// printable page), erase it after a confirmation. Addresses travel in form posts only.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/datenschutz")]
public sealed class PrivacyController(PersonalDataRequests requests, IOptions<PrivacyOptions> privacy, TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => View(Page(new PrivacyRequestInput()));

    [HttpPost("")]
    public async Task<IActionResult> Search(PrivacyRequestInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), Page(input));
        }

        return View(nameof(Index), Page(input, await requests.FindAsync(input.Email, cancellationToken), await requests.EarlierErasuresAsync(input.Email, cancellationToken)));
    }

    [HttpPost("export.json")]
    public async Task<IActionResult> ExportJson(PrivacyRequestInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), Page(input));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var json = await requests.ExportJsonAsync(input.Email, now, cancellationToken);
        return File(json, "application/json; charset=utf-8", $"auskunft-{ViennaTime.ToLocal(now):yyyy-MM-dd}.json");
    }

    [HttpPost("auskunft")]
    public async Task<IActionResult> Report(PrivacyRequestInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), Page(input));
        }

        var sections = await requests.FindAsync(input.Email, cancellationToken);
        await requests.AuditExportAsync(input.Email, sections, "Druckansicht", cancellationToken);
        return View(new PrivacyReportViewModel { Email = input.Email.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime, Sections = sections });
    }

    /// <summary>The confirmation step: shows what will be anonymised. It never erases anything itself.</summary>
    [HttpPost("loeschen")]
    public async Task<IActionResult> ConfirmErase(PrivacyRequestInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return !ModelState.IsValid
            ? View(nameof(Index), Page(input))
            : View(nameof(ConfirmErase), Page(input, await requests.FindAsync(input.Email, cancellationToken)));
    }

    [HttpPost("loeschen/bestaetigt")]
    public async Task<IActionResult> Erase(PrivacyRequestInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ModelState.IsValid && !input.Confirmed)
        {
            ModelState.AddModelError(nameof(PrivacyRequestInput.Confirmed), "Bitte bestätigen Sie die Löschung mit dem Häkchen.");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(ConfirmErase), Page(input, await requests.FindAsync(input.Email, cancellationToken)));
        }

        var counts = await requests.EraseAsync(input.Email, cancellationToken);
        Flash($"Auf Anfrage gelöscht: {counts.Sum(c => c.Count)} Datensätze anonymisiert ({string.Join(", ", counts.Select(c => $"{c.StoreName}: {c.Count}"))}). Das Protokoll vermerkt die Löschung ohne die Adresse.");
        return RedirectToAction(nameof(Index));
    }

    private PrivacyPageViewModel Page(PrivacyRequestInput input, IReadOnlyList<PersonalDataSection>? sections = null, IReadOnlyList<EarlierErasure>? earlier = null) => new()
    {
        Input = input,
        Sections = sections,
        EarlierErasures = earlier ?? [],
        StoreNames = requests.StoreNames,
        RetentionMonths = privacy.Value.RetentionMonths,
    };
}
