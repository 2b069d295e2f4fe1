using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Programmes;
using SozialProduziert.Web.ViewModels.Pages;
using SozialProduziert.Web.ViewModels.Programmes;

namespace SozialProduziert.Web.Controllers;

/// <summary>
/// "Mitmachen": the editorial page about the programme with the interest registration form. Places go in order of
/// arrival, so every submission is answered with the firm's position (Post/Redirect/Get to its own page).
/// </summary>
public sealed class JoinInController(AppDbContext db, RegistrationIntake intake, TimeProvider clock) : Controller
{
    [HttpGet(RegistrationLinks.FormPath)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ModelAsync(new InterestRegistrationInput(), showIntroduction: true, cancellationToken));

    [HttpPost(RegistrationLinks.FormPath)]
    [EnableRateLimiting(RateLimits.PublicForm)]
    public async Task<IActionResult> Index(InterestRegistrationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Honeypot.IsTripped(Request))
        {
            return Redirect(RegistrationLinks.FormPath + "/danke");
        }

        var districts = await db.Districts.AsNoTracking().Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var (field, message) in input.Problems(districts.Contains))
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return View(await ModelAsync(input, showIntroduction: false, cancellationToken));
        }

        var result = await intake.RegisterOnlineAsync(input.ProgrammeId, input.ToDetails(), cancellationToken);
        switch (result.Outcome)
        {
            case IntakeOutcome.Registered:
                return Redirect(RegistrationLinks.ConfirmationPath(result.Registration!.AccessToken));
            case IntakeOutcome.Duplicate:
                return Redirect(RegistrationLinks.FormPath + "/bereits-angemeldet");
            default:
                // The period ended (or the programme went) while the visitor was typing.
                ModelState.AddModelError(string.Empty, "Für dieses Programm ist derzeit keine Anmeldung möglich. Ihre Angaben wurden nicht gespeichert.");
                return View(await ModelAsync(input, showIntroduction: false, cancellationToken));
        }
    }

    /// <summary>The firm's own page: its current position, computed anew on every visit.</summary>
    [HttpGet(RegistrationLinks.FormPath + "/anmeldung/{token}")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Confirmation(string token, CancellationToken cancellationToken)
    {
        var model = IsWellFormedToken(token) ? await db.ConfirmationAsync(token, cancellationToken) : null;
        return model is null ? NotFound() : View(model);
    }

    [HttpGet(RegistrationLinks.FormPath + "/bereits-angemeldet")]
    public IActionResult AlreadyRegistered() => View();

    /// <summary>Where the spam trap sends bots: it reads like a success, and nothing was stored.</summary>
    [HttpGet(RegistrationLinks.FormPath + "/danke")]
    public IActionResult Received() => View();

    private async Task<JoinInViewModel> ModelAsync(InterestRegistrationInput input, bool showIntroduction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var programme = await db.CurrentProgrammeAsync(now, cancellationToken);
        if (programme is not null)
        {
            input.ProgrammeId = programme.Id;
        }

        var page = await db.Pages.AsNoTracking().PubliclyVisible(now)
            .Where(p => p.Slug == PageSlugs.JoinIn)
            .Select(p => new PageViewModel { Slug = p.Slug, Title = p.Title, MetaDescription = p.MetaDescription, BodyMarkdown = p.BodyMarkdown })
            .FirstOrDefaultAsync(cancellationToken);
        return new JoinInViewModel
        {
            Page = page,
            Programme = programme,
            Input = input,
            Districts = await db.DistrictOptionsAsync(cancellationToken),
            ShowIntroduction = showIntroduction,
        };
    }

    private static bool IsWellFormedToken(string? token) =>
        token is { Length: >= 40 and <= 64 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
