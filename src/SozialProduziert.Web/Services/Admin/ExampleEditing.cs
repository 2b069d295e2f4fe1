using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Examples;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Services.Admin;

/// <summary>The data work of the Praxisbeispiel editor: loading with relations, the checkbox choices, saving relations.</summary>
public static class ExampleEditing
{
    private static readonly StringComparer GermanOrder = StringComparer.Create(CultureInfo.GetCultureInfo("de-AT"), ignoreCase: true);

    /// <summary>
    /// An example (not in the Papierkorb) with its relations loaded, so revisions snapshot their ids, and its gallery
    /// with the image records (metadata only) that <c>GalleryEdits.Apply</c> edits.
    /// </summary>
    public static Task<BestPracticeExample?> ExampleForEditAsync(this IQueryable<BestPracticeExample> examples, int id, CancellationToken cancellationToken) =>
        examples
            .Include(e => e.Images).ThenInclude(i => i.MediaImage)
            .Include(e => e.Partners)
            .Include(e => e.SocialEnterprises)
            .Include(e => e.FieldsOfWork)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id && e.DeletedAt == null, cancellationToken);

    /// <summary>Partners and Sozialbetriebe outside the Papierkorb, drafts included, sorted as a German reader expects.</summary>
    public static async Task<ExampleChoices> ExampleChoicesAsync(this AppDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        var partners = await db.Partners.AsNoTracking().Where(p => p.DeletedAt == null)
            .Select(p => new ChoiceRow(p.Id, p.Name, p.State, p.PublishAt)).ToListAsync(cancellationToken);
        var enterprises = await db.SocialEnterprises.AsNoTracking().Where(s => s.DeletedAt == null)
            .Select(s => new ChoiceRow(s.Id, s.Name, s.State, s.PublishAt)).ToListAsync(cancellationToken);
        var fields = await db.FieldsOfWork.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
            .Select(f => new RelationOption(f.Id, f.Name, null)).ToListAsync(cancellationToken);
        return new ExampleChoices(Sorted(partners, utcNow), Sorted(enterprises, utcNow), fields);
    }

    /// <summary>Makes the example's relations match the ticked ids (ids of unknown or trashed items are ignored).</summary>
    public static async Task ApplyRelationsAsync(this AppDbContext db, BestPracticeExample example, ExampleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(input);
        var partners = await db.Partners.Where(p => input.PartnerIds.Contains(p.Id) && p.DeletedAt == null).ToListAsync(cancellationToken);
        var enterprises = await db.SocialEnterprises.Where(s => input.SocialEnterpriseIds.Contains(s.Id) && s.DeletedAt == null).ToListAsync(cancellationToken);
        var fields = await db.FieldsOfWork.Where(f => input.FieldOfWorkIds.Contains(f.Id)).ToListAsync(cancellationToken);

        // Items in the Papierkorb are not offered in the form; their links stay, so restoring the item restores the link.
        Replace(example.Partners, partners, p => p.DeletedAt is not null);
        Replace(example.SocialEnterprises, enterprises, s => s.DeletedAt is not null);
        Replace(example.FieldsOfWork, fields, _ => false);
    }

    private static void Replace<T>(List<T> current, List<T> chosen, Func<T, bool> keep)
        where T : class
    {
        current.RemoveAll(item => !keep(item) && !chosen.Contains(item));
        current.AddRange(chosen.Where(item => !current.Contains(item)));
    }

    private static List<RelationOption> Sorted(List<ChoiceRow> rows, DateTime utcNow) =>
        rows.OrderBy(r => r.Name, GermanOrder).Select(r => new RelationOption(r.Id, r.Name, Note(r, utcNow))).ToList();

    /// <summary>Why an item would not appear on the public page of the example.</summary>
    private static string? Note(ChoiceRow row, DateTime utcNow) => row.State switch
    {
        PublishState.Draft => "Entwurf",
        PublishState.Archived => "Archiviert",
        _ when row.PublishAt > utcNow => "geplant",
        _ => null,
    };

    private sealed record ChoiceRow(int Id, string Name, PublishState State, DateTime PublishAt);
}
