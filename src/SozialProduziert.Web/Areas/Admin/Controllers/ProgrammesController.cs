using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Programmes;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>Funded programmes: places, registration period and consulting allowance. Redaktion may edit them.</summary>
[Route("admin/programme")]
public sealed class ProgrammesController(AppDbContext db, ProgrammeSettings settings, AuditLog audit) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking()
            .OrderByDescending(p => p.RegistrationOpensAt).ThenBy(p => p.Name)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.RegistrationOpensAt,
                p.RegistrationClosesAt,
                p.Places,
                Statuses = p.Registrations.Select(r => r.Status).ToList(),
            })
            .ToListAsync(cancellationToken);
        return View(programmes.Select(p => new ProgrammeRowViewModel(
            p.Id, p.Name, RegistrationPeriod.Describe(p.RegistrationOpensAt, p.RegistrationClosesAt), p.Places,
            p.Statuses.Count,
            p.Statuses.Count(s => s == RegistrationStatus.Selected),
            p.Statuses.Count(s => s == RegistrationStatus.Waitlisted),
            p.Statuses.Count(s => s.IsConfirmed()))).ToList());
    }

    [HttpGet("neu")]
    public IActionResult Create() => Form(new ProgrammeInput(), null);

    [HttpPost("neu")]
    public async Task<IActionResult> Create(ProgrammeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Id = 0;
        await ValidateAsync(input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Form(input, null);
        }

        var programme = new Programme();
        input.ApplyTo(programme);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(AuditAction.ProgrammeSaved, $"„{programme.Name}“ angelegt.", nameof(Programme), programme.Id);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Das Programm „{programme.Name}“ wurde angelegt.");
        return RedirectToAction(nameof(Edit), new { id = programme.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return programme is null ? NotFound() : Form(ProgrammeInput.From(programme), await StoredAsync(programme, cancellationToken));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, ProgrammeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        input.Id = id;
        await ValidateAsync(input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Form(input, await StoredAsync(programme, cancellationToken));
        }

        if (!await settings.SaveAsync(id, input.ApplyTo, cancellationToken))
        {
            return NotFound();
        }

        Flash($"Das Programm „{input.Name!.Trim()}“ wurde gespeichert.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>Only a programme nobody registered for may go: registrations and their consulting must stay provable.</summary>
    [HttpPost("{id:int}/loeschen")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        if (await db.InterestRegistrations.AnyAsync(r => r.ProgrammeId == id, cancellationToken))
        {
            Flash($"„{programme.Name}“ hat Interessensbekundungen und kann deshalb nicht gelöscht werden.");
            return RedirectToAction(nameof(Edit), new { id });
        }

        // Partners keep their showcase; only their link to the programme goes (ON DELETE SET NULL).
        await db.Partners.Where(p => p.ProgrammeId == id).LoadAsync(cancellationToken);
        db.Programmes.Remove(programme);
        audit.Add(AuditAction.ProgrammeDeleted, $"„{programme.Name}“ gelöscht.", nameof(Programme), id);
        await db.SaveChangesAsync(cancellationToken);
        Flash($"Das Programm „{programme.Name}“ wurde gelöscht.");
        return RedirectToAction(nameof(Index));
    }

    private async Task ValidateAsync(ProgrammeInput input, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in input.Problems())
        {
            ModelState.AddModelError(field, message);
        }

        var slug = input.SlugOrName();
        if (!string.IsNullOrEmpty(input.Name) && await db.Programmes.AnyAsync(p => p.Slug == slug && p.Id != input.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(ProgrammeInput.Slug), $"Die Adresse „{slug}“ ist schon vergeben. Bitte wählen Sie eine andere.");
        }
    }

    private async Task<ProgrammeEditViewModel> StoredAsync(Programme programme, CancellationToken cancellationToken) => new()
    {
        Form = new EditFormViewModel<ProgrammeInput> { Input = ProgrammeInput.From(programme) },
        StoredName = programme.Name,
        RegistrationCount = await db.InterestRegistrations.CountAsync(r => r.ProgrammeId == programme.Id, cancellationToken),
        PartnerCount = await db.Partners.CountAsync(p => p.ProgrammeId == programme.Id && p.DeletedAt == null, cancellationToken),
    };

    private ViewResult Form(ProgrammeInput input, ProgrammeEditViewModel? stored) => View("Edit", new ProgrammeEditViewModel
    {
        Form = new EditFormViewModel<ProgrammeInput> { Input = input, IsNew = stored is null },
        StoredName = stored?.StoredName,
        RegistrationCount = stored?.RegistrationCount ?? 0,
        PartnerCount = stored?.PartnerCount ?? 0,
    });
}
