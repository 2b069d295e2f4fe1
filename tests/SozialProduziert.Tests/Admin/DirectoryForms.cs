using System.Globalization;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Form fields as the Sozialbetrieb and offer edit pages post them.</summary>
internal static class DirectoryForms
{
    public static Dictionary<string, string> Enterprise(string name, string slug, string state, int? version = null, string profile = "Wir fertigen **Möbel** aus Altholz.")
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Teaser"] = "Tischlerei mit Transitarbeitsplätzen im Zentralraum.",
            ["ProfileMarkdown"] = profile,
            ["Segment"] = Number((int)LabourMarketSegment.SocialEconomicEnterprise),
            ["LegalForm"] = "Verein",
            ["DistrictId"] = Number(ReferenceData.DefaultDistrictId),
            ["Street"] = "Hauptplatz 1",
            ["PostalCode"] = "3100",
            ["Town"] = "St. Pölten",
            ["ContactPerson"] = "Maria Berger",
            ["Phone"] = "+43 2742 123 45",
            ["Email"] = "office@holzwerk.example",
            ["Website"] = "https://www.holzwerk.example",
            ["Slug"] = slug,
            ["State"] = state,
            ["PublishAtLocal"] = "",
        };
        return WithVersion(fields, version);
    }

    public static Dictionary<string, string> Offer(int enterpriseId, string title, string slug, string state, int? version = null, string description = "Handgefertigt in **Kleinserie**.")
    {
        var fields = new Dictionary<string, string>
        {
            ["SocialEnterpriseId"] = Number(enterpriseId),
            ["Kind"] = Number((int)OfferKind.Product),
            ["Title"] = title,
            ["DescriptionMarkdown"] = description,
            ["FieldOfWorkId"] = Number(ReferenceData.FieldOfWorkId("Holz")),
            ["IndicativePrice"] = "ab € 12 pro Stück",
            ["LeadTime"] = "3 Wochen",
            ["MinimumQuantity"] = "ab 20 Stück",
            ["Slug"] = slug,
            ["State"] = state,
            ["PublishAtLocal"] = "",
        };
        return WithVersion(fields, version);
    }

    /// <summary>Checkbox values the way model binding reads a list: Name[0], Name[1] …</summary>
    public static Dictionary<string, string> WithChoices(this Dictionary<string, string> fields, string name, params int[] ids)
    {
        for (var index = 0; index < ids.Length; index++)
        {
            fields[$"{name}[{index}]"] = Number(ids[index]);
        }

        return fields;
    }

    /// <summary>An image record with tiny placeholder variants; enough for pages that show it.</summary>
    public static MediaImage Image(string altText) => new()
    {
        AltText = altText,
        Width = 800,
        Height = 500,
        Variants =
        [
            new MediaVariant { Width = 800, Height = 500, Format = ImageFormatKind.Jpeg, Hash = Guid.NewGuid().ToString("N"), Data = [1] },
            new MediaVariant { Width = 800, Height = 500, Format = ImageFormatKind.WebP, Hash = Guid.NewGuid().ToString("N"), Data = [2] },
        ],
    };

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> WithVersion(Dictionary<string, string> fields, int? version)
    {
        if (version is { } v)
        {
            fields["Version"] = Number(v);
        }

        return fields;
    }
}
