namespace SozialProduziert.Web.Domain;

/// <summary>An editorial page (Über SoPro, Impressum, Datenschutz …) kept as Markdown.</summary>
public class Page : PublishableContent
{
    public string Title { get; set; } = "";

    public string? MetaDescription { get; set; }

    public string BodyMarkdown { get; set; } = "";

    public override IEnumerable<string?> SearchableFields() => [Title, BodyMarkdown];
}

/// <summary>The slugs of the pages the site links to from its navigation and footer.</summary>
public static class PageSlugs
{
    public const string About = "ueber-sopro";
    public const string JoinIn = "mitmachen";
    public const string Imprint = "impressum";
    public const string Privacy = "datenschutz";
    public const string Accessibility = "barrierefreiheit";

    public static readonly IReadOnlyList<string> All = [About, JoinIn, Imprint, Privacy, Accessibility];
}
