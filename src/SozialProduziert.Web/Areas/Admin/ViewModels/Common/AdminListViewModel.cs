using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Common;

/// <summary>One page of an admin list with the query that produced it.</summary>
public sealed class AdminListViewModel<TItem>
{
    public required AdminListInput Input { get; init; }

    public required PagedList<TItem> Results { get; init; }

    public required string Path { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, Path, Input.ToQuery());
}

/// <summary>A row of an admin content list.</summary>
public sealed record AdminListItem(int Id, string Title, string Slug, Domain.PublishState State, DateTime PublishAt, DateTime UpdatedAt);

/// <summary>The edit form, plus what the page shows around it: a Markdown preview, a conflicting stored version.</summary>
public sealed class EditFormViewModel<TInput>
{
    public required TInput Input { get; init; }

    public bool IsNew { get; init; }

    /// <summary>The Markdown field rendered as the public site would, when the editor asked for a preview.</summary>
    public string? PreviewMarkdown { get; init; }

    /// <summary>The version someone else saved meanwhile, shown beside the editor's own text after a conflict.</summary>
    public TInput? StoredVersion { get; init; }

    public string? PublicUrl { get; init; }
}
