using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.History;

/// <summary>One line of an item's history.</summary>
public sealed record RevisionSummary(int Number, DateTime CreatedAt, string UserName, string Action);

/// <summary>The item a history page is about, and where its pages live.</summary>
public sealed record HistorySubject(ContentKind Kind, ContentHeader Item)
{
    public string HistoryPath => $"/admin/verlauf/{Kind.Name}/{Item.Id}";

    /// <summary>The edit form; none while the item is in the Papierkorb.</summary>
    public string? EditPath => Item.DeletedAt is null ? $"{Kind.AdminPath}/{Item.Id}" : null;

    public bool IsInTrash => Item.DeletedAt is not null;

    public string RevisionPath(int number) => $"{HistoryPath}/version/{number}";

    public string ComparePath(int from, int to) => $"{HistoryPath}/vergleich?von={from}&bis={to}";
}

public sealed class HistoryViewModel
{
    public required HistorySubject Subject { get; init; }

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<RevisionSummary> Revisions { get; init; }

    public int DefaultFrom => Revisions.Count > 1 ? Revisions[1].Number : 0;

    public int DefaultTo => Revisions.Count > 0 ? Revisions[0].Number : 0;
}

public sealed class RevisionViewModel
{
    public required HistorySubject Subject { get; init; }

    public required RevisionSummary Revision { get; init; }

    public required IReadOnlyList<RevisionField> Fields { get; init; }

    public required int LatestNumber { get; init; }

    public bool IsLatest => Revision.Number == LatestNumber;
}

public sealed class CompareViewModel
{
    public required HistorySubject Subject { get; init; }

    public required RevisionSummary From { get; init; }

    public required RevisionSummary To { get; init; }

    public required RevisionDifference Difference { get; init; }
}

public sealed class TrashViewModel
{
    public required IReadOnlyList<TrashItem> Items { get; init; }

    public bool CanPurge { get; init; }
}

public sealed class PurgeViewModel
{
    public required ContentKind Kind { get; init; }

    public required PurgePlan Plan { get; init; }

    public string PurgePath => $"/admin/papierkorb/{Kind.Name}/{Plan.Item.Id}/endgueltig-loeschen";
}
