using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.PartnerArea.Controllers;

/// <summary>
/// Base of every page of <c>/mein-bereich</c>: partner accounts only, never cached. <see cref="PartnerId"/> is the
/// firm of the signed-in account, resolved before the action runs; actions take no firm from the request, so no
/// address, parameter or form field can reach another firm's data.
/// </summary>
[Area("Partner")]
[Authorize(Policy = PartnerPolicies.Partner)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class PartnerAreaController : Controller
{
    protected int PartnerId { get; private set; }

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var current = context.HttpContext.RequestServices.GetRequiredService<CurrentPartner>();
        if (await current.IdAsync(context.HttpContext.RequestAborted) is not { } id)
        {
            // A partner account whose firm is gone (e.g. moved to the Papierkorb) sees nothing.
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        PartnerId = id;
        await next();
    }

    /// <summary>A German one-line message shown once on the next page (after a redirect).</summary>
    protected void Flash(string message) => TempData["Flash"] = message;
}
