using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Forms;

/// <summary>
/// A web address the public site can link to: http or https only, so no <c>javascript:</c> or other scheme ever
/// reaches an href. "www.beispiel.at" is accepted and stored as "https://www.beispiel.at".
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WebAddressAttribute : ValidationAttribute
{
    public WebAddressAttribute()
        : base("Bitte geben Sie eine vollständige Internetadresse mit http:// oder https:// an, z. B. https://www.beispiel.at.")
    {
    }

    public override bool IsValid(object? value) => value is not string text || string.IsNullOrWhiteSpace(text) || Normalize(text) is not null;

    /// <summary>The address to store, or null when it is empty or not an http(s) address with a real host name.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();

        // Only a bare host name gets a scheme; anything else with a colon ("javascript:", "ftp://") must say http(s) itself.
        var candidate = text.Contains(':', StringComparison.Ordinal) ? text : "https://" + text;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Contains('.', StringComparison.Ordinal)
            && !candidate.Any(char.IsWhiteSpace)
            ? candidate
            : null;
    }
}

/// <summary>
/// An e-mail address the public site can turn into a mailto: link: one @, a dotted domain, and none of the
/// characters that would change the meaning of the link.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed partial class MailAddressAttribute : ValidationAttribute
{
    public MailAddressAttribute()
        : base("Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. office@beispiel.at.")
    {
    }

    public override bool IsValid(object? value) => value is not string text || string.IsNullOrWhiteSpace(text) || Pattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^[^@\s?&#<>"",;:/\\]+@[^@\s?&#<>"",;:/\\]+\.[a-zA-Z]{2,}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}

/// <summary>A phone number as people write it: digits with spaces, +, /, -, brackets; at least six digits.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed partial class PhoneNumberAttribute : ValidationAttribute
{
    public PhoneNumberAttribute()
        : base("Bitte geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen und + / - ( ) ein, z. B. +43 2742 123 45.")
    {
    }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || (Pattern().IsMatch(text.Trim()) && text.Count(char.IsAsciiDigit) >= 6);

    [GeneratedRegex(@"^\+?[0-9 /()\-]+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Pattern();
}
