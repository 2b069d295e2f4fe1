namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// What the layout puts into &lt;head&gt; for the current page. Scoped per request: a view sets it,
/// the layout reads it, so no untyped ViewData is passed around.
/// </summary>
public sealed class PageMetadata
{
    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Path of the canonical URL, e.g. "/praxisbeispiele/x"; the request path when null.</summary>
    public string? CanonicalPath { get; set; }

    /// <summary>Absolute or root-relative URL of an image for link previews.</summary>
    public string? ImageUrl { get; set; }

    public string OpenGraphType { get; set; } = "website";

    public bool NoIndex { get; set; }

    /// <summary>Set when staff preview unpublished content: the layout shows it as a banner and the page is noindex.</summary>
    public string? PreviewNotice { get; set; }

    /// <summary>Key of the main navigation entry to mark as current.</summary>
    public string? Section { get; set; }
}
