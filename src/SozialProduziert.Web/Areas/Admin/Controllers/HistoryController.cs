using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.History;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// The history of one content item: every saved revision, a field-by-field comparison of any two, and
/// restoring an earlier one (saved as a new revision, so history itself is never rewritten).
/// </summary>
[Route("admin/verlauf/{type}/{id:int}")]
public sealed class HistoryController(AppDbContext db, RevisionReader reader, ContentRestorer restorer) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string type, int id, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(type, id, cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        var revisions = await Revisions(subject).OrderByDescending(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.CreatedAt, r.UserName, r.Action))
            .ToListAsync(cancellationToken);
        return View(new HistoryViewModel { Subject = subject, Revisions = revisions });
    }

    [HttpGet("version/{number:int}")]
    public async Task<IActionResult> Show(string type, int id, int number, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(type, id, cancellationToken) is not { } subject
            || await Revisions(subject).FirstOrDefaultAsync(r => r.Number == number, cancellationToken) is not { } revision)
        {
            return NotFound();
        }

        var fields = await reader.DescribeAsync(subject.Kind, [ContentSnapshots.Parse(revision.Snapshot)], cancellationToken);
        return View(new RevisionViewModel
        {
            Subject = subject,
            Revision = new RevisionSummary(revision.Number, revision.CreatedAt, revision.UserName, revision.Action),
            Fields = fields[0],
            LatestNumber = await Revisions(subject).MaxAsync(r => r.Number, cancellationToken),
        });
    }

    /// <summary>GET form target: <c>?von=2&amp;bis=5</c>. The older revision is always shown as "before".</summary>
    [HttpGet("vergleich")]
    public async Task<IActionResult> Compare(string type, int id, [FromQuery(Name = "von")] string? from, [FromQuery(Name = "bis")] string? to, CancellationToken cancellationToken)
    {
        if (await SubjectAsync(type, id, cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        if (!int.TryParse(from, out var a) || !int.TryParse(to, out var b))
        {
            Flash("Bitte wählen Sie zwei Versionen zum Vergleichen aus.");
            return Redirect(subject.HistoryPath);
        }

        var numbers = new[] { Math.Min(a, b), Math.Max(a, b) };
        var revisions = await Revisions(subject).Where(r => numbers.Contains(r.Number)).OrderBy(r => r.Number).ToListAsync(cancellationToken);
        if (revisions.Count == 0 || revisions[0].Number != numbers[0] || revisions[^1].Number != numbers[1])
        {
            return NotFound();
        }

        var older = revisions[0];
        var newer = revisions[^1];
        var described = await reader.DescribeAsync(subject.Kind, [ContentSnapshots.Parse(older.Snapshot), ContentSnapshots.Parse(newer.Snapshot)], cancellationToken);
        return View(new CompareViewModel
        {
            Subject = subject,
            From = new RevisionSummary(older.Number, older.CreatedAt, older.UserName, older.Action),
            To = new RevisionSummary(newer.Number, newer.CreatedAt, newer.UserName, newer.Action),
            Difference = RevisionComparer.Compare(described[0], described[^1]),
        });
    }

    [HttpPost("version/{number:int}/wiederherstellen")]
    public async Task<IActionResult> Restore(string type, int id, int number, CancellationToken cancellationToken)
    {
        if (ContentKinds.Find(type) is not { } kind)
        {
            return NotFound();
        }

        RestoreResult result;
        try
        {
            result = await restorer.RestoreAsync(kind, id, number, cancellationToken);
        }
        catch (Services.PartnerArea.ShowcaseNotApprovedException e)
        {
            Flash(e.Message + " Holen Sie zuerst die Freigabe der Firma für diese Fassung ein.");
            return Redirect($"/admin/verlauf/{kind.Name}/{id}");
        }
        catch (ContentConflictException)
        {
            Flash("Der Eintrag wurde gerade von jemand anderem gespeichert. Bitte sehen Sie sich den Verlauf an und stellen Sie die Version dann erneut wieder her.");
            return Redirect($"/admin/verlauf/{kind.Name}/{id}");
        }

        switch (result.Status)
        {
            case RestoreStatus.NotFound:
                return NotFound();
            case RestoreStatus.InTrash:
                Flash("Dieser Eintrag liegt im Papierkorb. Stellen Sie ihn zuerst dort wieder her; danach können Sie eine frühere Version übernehmen.");
                return Redirect($"/admin/verlauf/{kind.Name}/{id}/version/{number}");
            default:
                var notes = result.Notes.Count == 0 ? "" : " Nicht übernommen: " + string.Join(" ", result.Notes);
                Flash($"Version {number} wurde wiederhergestellt und als neue Version gespeichert.{notes}");
                return Redirect($"/admin/verlauf/{kind.Name}/{id}");
        }
    }

    private IQueryable<Domain.ContentRevision> Revisions(HistorySubject subject) =>
        db.ContentRevisions.AsNoTracking().Where(r => r.ContentType == subject.Kind.Name && r.ContentId == subject.Item.Id);

    /// <summary>The item, also from the Papierkorb; null for an unknown type or id.</summary>
    private async Task<HistorySubject?> SubjectAsync(string type, int id, CancellationToken cancellationToken)
    {
        if (ContentKinds.Find(type) is not { } kind || await kind.HeaderAsync(db, id, cancellationToken) is not { } header)
        {
            return null;
        }

        return new HistorySubject(kind, header);
    }
}
