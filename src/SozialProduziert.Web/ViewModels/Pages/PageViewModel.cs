namespace SozialProduziert.Web.ViewModels.Pages;

/// <summary>An editorial page as the visitor reads it.</summary>
public sealed class PageViewModel
{
    public int Id { get; init; }

    public string Slug { get; init; } = "";

    public string Title { get; init; } = "";

    public string? MetaDescription { get; init; }

    public string BodyMarkdown { get; init; } = "";

    /// <summary>Key of the main navigation entry the page belongs to, if any.</summary>
    public string? Section { get; set; }
}
