using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.AuditLog;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>The audit log for Administrators: sign-ins (also failed ones), account and content changes, newest first.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/protokoll")]
public sealed class AuditLogController(AppDbContext db) : AdminController
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(AuditLogInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var query = db.AuditEntries.AsNoTracking();
        if (input.Actions is { } actions)
        {
            query = query.Where(a => actions.Contains(a.Action));
        }

        var results = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new AuditEntryViewModel(a.At, a.Action, a.UserName, a.ContentType, a.ContentId, a.Details))
            .ToPageAsync(input.PageNumber, PageSize, cancellationToken);
        return View(new AuditLogViewModel { Input = input, Results = results });
    }
}
