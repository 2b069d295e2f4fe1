using System.Globalization;
using System.Text;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Services.Media;

/// <summary>
/// Writes and reads <see cref="MediaImage.VariantManifest"/>: one token per variant, <c>hash.ext:width</c>, separated by
/// single spaces (hashes are hex, so neither a dot, a colon nor a space occurs in them). The migration that added the
/// column writes the same format in SQL for the images stored before it (<c>AddVariantManifest</c>).
/// </summary>
public static class VariantManifest
{
    public static string Of(IEnumerable<MediaVariant> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var manifest = new StringBuilder();
        foreach (var variant in variants)
        {
            if (manifest.Length > 0)
            {
                manifest.Append(' ');
            }

            manifest.Append(variant.Hash).Append('.').Append(MediaLookup.Extension(variant.Format))
                .Append(':').Append(variant.Width.ToString(CultureInfo.InvariantCulture));
        }

        return manifest.ToString();
    }

    /// <summary>The variants a manifest lists; a token that is not <c>hash.ext:width</c> fails loudly rather than render a broken picture.</summary>
    public static ImageVariant[] Parse(string manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.Length == 0)
        {
            return [];
        }

        var rest = manifest.AsSpan();
        var variants = new ImageVariant[rest.Count(' ') + 1];
        for (var i = 0; i < variants.Length; i++)
        {
            var end = rest.IndexOf(' ');
            var token = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            var dot = token.IndexOf('.');
            var colon = token.IndexOf(':');
            if (dot <= 0 || colon < dot
                || MediaLookup.FormatOf(token[(dot + 1)..colon]) is not { } format
                || !int.TryParse(token[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var width))
            {
                throw new FormatException($"Not a variant manifest token: '{token}'.");
            }

            variants[i] = new ImageVariant(token[..dot].ToString(), width, format);
        }

        return variants;
    }
}
