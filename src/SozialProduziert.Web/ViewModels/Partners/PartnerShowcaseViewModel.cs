using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Examples;

namespace SozialProduziert.Web.ViewModels.Partners;

/// <summary>A partner's showcase page ("virtuelle Auslage").</summary>
public sealed class PartnerShowcaseViewModel
{
    public int Id { get; init; }

    public string Slug { get; init; } = "";

    public string Name { get; init; } = "";

    public PartnerKind Kind { get; init; }

    public string? Sector { get; init; }

    public string District { get; init; } = "";

    public string Teaser { get; init; } = "";

    public string ShowcaseMarkdown { get; init; } = "";

    public string? Website { get; init; }

    public string? ProgrammeName { get; init; }

    public int? LogoId { get; init; }

    public ImageViewModel? Logo { get; set; }

    public IReadOnlyList<ExampleCardViewModel> Examples { get; set; } = [];

    public IReadOnlyList<LinkViewModel> SocialEnterprises { get; set; } = [];

    /// <summary>
    /// The website as a link target, only for http(s) addresses, so a stored "javascript:" never becomes a link.
    /// Staff often type "www.firma.at"; that reads as https.
    /// </summary>
    public Uri? WebsiteUri
    {
        get
        {
            var text = Website?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
            return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? uri
                : null;
        }
    }

    /// <summary>The website as visitors read it: host and path without scheme, "www." kept.</summary>
    public string? WebsiteLabel => WebsiteUri is { } uri ? (uri.Host + uri.AbsolutePath).TrimEnd('/') : null;
}
