namespace SozialProduziert.Web.Areas.Admin.ViewModels;

public sealed class DashboardViewModel
{
    public int Examples { get; init; }

    public int SocialEnterprises { get; init; }

    public int Offers { get; init; }

    public int Partners { get; init; }

    public int Drafts { get; init; }

    /// <summary>Open change requests and showcase pages awaiting the firm's approval (<c>/admin/freigaben</c>).</summary>
    public int OpenShowcaseReviews { get; init; }

    public IReadOnlyList<RecentChangeViewModel> RecentChanges { get; init; } = [];
}

public sealed record RecentChangeViewModel(string ContentType, int ContentId, string Action, string UserName, DateTime At);
