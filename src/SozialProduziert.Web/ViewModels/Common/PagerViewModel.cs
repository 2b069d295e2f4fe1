namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>The pager partial's input: current page, page count and the query to keep on every link.</summary>
public sealed record PagerViewModel(int Page, int PageCount, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public string UrlFor(int page)
    {
        var query = Query.Where(q => !string.IsNullOrEmpty(q.Value) && q.Key != "seite")
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value!)}")
            .ToList();
        if (page > 1)
        {
            query.Add($"seite={page}");
        }

        return query.Count == 0 ? Path : $"{Path}?{string.Join('&', query)}";
    }
}
