using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>
/// Identifies a version of a showcase page by what it shows: every field of the partner record that appears on
/// the page. The address (slug) and the publish state are left out: renaming the address or taking the page
/// offline does not change what the firm approved.
/// </summary>
public static class ShowcaseFingerprint
{
    public static string Of(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var text = string.Join('\u001f', [
            partner.Name,
            ((int)partner.Kind).ToString(CultureInfo.InvariantCulture),
            partner.Sector ?? "",
            partner.DistrictId.ToString(CultureInfo.InvariantCulture),
            partner.Website ?? "",
            partner.Teaser,
            partner.ShowcaseMarkdown.ReplaceLineEndings("\n"),
            partner.LogoId?.ToString(CultureInfo.InvariantCulture) ?? "",
            partner.ProgrammeId?.ToString(CultureInfo.InvariantCulture) ?? "",
        ]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The names of the properties that make up the fingerprint; an edit of any of them needs a new approval.</summary>
    public static readonly IReadOnlySet<string> Properties = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(Partner.Name), nameof(Partner.Kind), nameof(Partner.Sector), nameof(Partner.DistrictId), nameof(Partner.Website),
        nameof(Partner.Teaser), nameof(Partner.ShowcaseMarkdown), nameof(Partner.LogoId), nameof(Partner.ProgrammeId),
    };
}
