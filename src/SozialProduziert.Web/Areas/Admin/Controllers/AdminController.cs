using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// Base of every staff page: signed-in staff only, never cached. Controllers that Administrators alone may use
/// add <c>[Authorize(Policy = Policies.Administrator)]</c>.
/// </summary>
[Area("Admin")]
[Authorize(Policy = Policies.Staff)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class AdminController : Controller
{
    /// <summary>A German one-line message shown once on the next page (after a redirect).</summary>
    protected void Flash(string message) => TempData["Flash"] = message;
}
