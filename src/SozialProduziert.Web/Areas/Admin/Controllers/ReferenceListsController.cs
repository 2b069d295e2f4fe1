using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.ReferenceLists;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.Admin;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>The editable reference lists on one page: fields of work and quality marks.</summary>
[Route("admin/listen")]
public sealed class ReferenceListsController(AppDbContext db) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ReferenceListsViewModel
        {
            FieldsOfWork = await db.FieldOfWorkRowsAsync(cancellationToken),
            QualityMarks = await db.QualityMarkRowsAsync(cancellationToken),
        });
}
