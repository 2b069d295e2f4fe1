using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Admin;
using SozialProduziert.Web.Services.Inquiries;
using SozialProduziert.Web.ViewModels.Inquiries;

namespace SozialProduziert.Web.Controllers;

/// <summary>"Bedarf melden": firms and public buyers describe what they need; KOMUNITAS finds the Sozialbetrieb.</summary>
[Route("bedarf")]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class NeedsController(AppDbContext db, InquiryIntake intake, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public Task<ViewResult> Create(CancellationToken cancellationToken) => FormAsync(new NeedInput(), cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Create(NeedInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Honeypot.IsTripped(Request))
        {
            return RedirectToAction(nameof(Thanks));
        }

        input.Validate(ModelState, DateOnly.FromDateTime(ViennaTime.ToLocal(clock.GetUtcNow().UtcDateTime)));
        var districts = await db.DistrictChoicesAsync(cancellationToken);
        if (input.DistrictId is { } districtId && districts.All(d => d.Id != districtId))
        {
            ModelState.AddModelError(nameof(NeedInput.DistrictId), "Bitte wählen Sie einen Bezirk aus der Liste.");
        }

        if (!ModelState.IsValid)
        {
            return View(new NeedFormViewModel { Input = input, Districts = districts });
        }

        await intake.SubmitAsync(input.ToInquiry(), cancellationToken);
        return RedirectToAction(nameof(Thanks));
    }

    [HttpGet("danke")]
    public IActionResult Thanks() => View();

    private async Task<ViewResult> FormAsync(NeedInput input, CancellationToken cancellationToken) =>
        View(new NeedFormViewModel { Input = input, Districts = await db.DistrictChoicesAsync(cancellationToken) });
}
