using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SozialProduziert.Web.Areas.PartnerArea.ViewModels;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.PartnerArea.Controllers;

/// <summary>The invitation link: the contact chooses a password, the account is created and signed in, the link is used up.</summary>
[Area("Partner")]
[Route("mein-bereich/einladung/{token}")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InvitationController(PartnerInvitations invitations, SignInManager<PortalUser> signIn, UserManager<PortalUser> users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Accept(string token, CancellationToken cancellationToken)
    {
        var invitation = await invitations.FindOpenAsync(token, cancellationToken);
        return invitation is null ? Invalid() : View(Model(token, invitation, new AcceptInvitationInput()));
    }

    [HttpPost("")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Accept(string token, [Bind(Prefix = nameof(AcceptInvitationViewModel.Input))] AcceptInvitationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invitation = await invitations.FindOpenAsync(token, cancellationToken);
        if (invitation is null)
        {
            return Invalid();
        }

        if (ModelState.IsValid)
        {
            var result = await invitations.AcceptAsync(invitation, input.Password, cancellationToken);
            if (result.Succeeded)
            {
                var user = await users.FindByEmailAsync(invitation.Email);
                await signIn.SignInAsync(user!, isPersistent: false);
                TempData["Flash"] = "Willkommen! Ihr Zugang ist eingerichtet. Wir empfehlen, unter „Sicherheit“ gleich die Zwei-Faktor-Anmeldung einzuschalten.";
                return LocalRedirect("/mein-bereich");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }
        }

        return View(Model(token, invitation, new AcceptInvitationInput()));
    }

    /// <summary>Unknown, used, withdrawn and expired links look alike, so a link reveals nothing about other invitations.</summary>
    private ViewResult Invalid()
    {
        var result = View("Invalid");
        result.StatusCode = StatusCodes.Status404NotFound;
        return result;
    }

    private static AcceptInvitationViewModel Model(string token, PartnerInvitation invitation, AcceptInvitationInput input) => new()
    {
        Token = token,
        PartnerName = invitation.Partner?.Name ?? "",
        Email = invitation.Email,
        Name = invitation.Name,
        Input = input,
    };
}
