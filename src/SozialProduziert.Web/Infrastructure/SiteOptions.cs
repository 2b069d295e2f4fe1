namespace SozialProduziert.Web.Infrastructure;

/// <summary>Section "Site": facts about this installation that pages print.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Absolute base URL for canonical links, sitemap and feed; the request's host is used when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Shown in the footer while the database holds the fictional demo content.</summary>
    public bool ShowDemoNotice { get; set; }
}
