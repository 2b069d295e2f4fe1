using System.Text;

namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>
/// Turns contact data as staff typed it into safe link targets: tel: with digits only, mailto: with a subject,
/// and web addresses restricted to http(s) so no other scheme can end up in an href.
/// </summary>
public static class ContactLinks
{
    public static string? Tel(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var builder = new StringBuilder(phone.Length);
        foreach (var c in phone.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && builder.Length == 0))
            {
                builder.Append(c);
            }
        }

        return builder.Length < 3 ? null : "tel:" + builder;
    }

    public static string? Mailto(string? email, string? subject = null)
    {
        if (!IsPlausibleEmail(email))
        {
            return null;
        }

        return string.IsNullOrEmpty(subject) ? $"mailto:{email}" : $"mailto:{email}?subject={Uri.EscapeDataString(subject)}";
    }

    public static string? Website(string? website)
    {
        if (string.IsNullOrWhiteSpace(website))
        {
            return null;
        }

        var candidate = website.Contains("://", StringComparison.Ordinal) ? website.Trim() : "https://" + website.Trim();
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
    }

    /// <summary>The address as people read it: "www.beispiel.at" rather than "https://www.beispiel.at/".</summary>
    public static string WebsiteLabel(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.Host + uri.PathAndQuery).TrimEnd('/') : url;

    // Characters that would change the meaning of a mailto: URL are refused rather than escaped.
    private static bool IsPlausibleEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Count(c => c == '@') == 1 && email.IndexOf('@') > 0 && email.IndexOf('@') < email.Length - 1 &&
        !email.Any(c => char.IsWhiteSpace(c) || c is '?' or '&' or '#' or '<' or '>' or '"' or ',' or ';' or ':' or '/' or '\\');
}
