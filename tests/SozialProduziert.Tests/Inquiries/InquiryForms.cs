using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Inquiries;

/// <summary>Complete, valid field sets of the public forms; tests change or remove single fields.</summary>
public static class InquiryForms
{
    public static Dictionary<string, string> Request(string email = "maria.berger@beispiel.at") => new()
    {
        ["Message"] = "Wir brauchen 200 Weinkisten als Kundengeschenk zu Weihnachten.",
        ["Quantity"] = "200 Stück",
        ["Organisation"] = "Weingut Berger",
        ["ContactPerson"] = "Maria Berger",
        ["Email"] = email,
        ["Phone"] = "+43 2742 123 45",
        ["Consent"] = "true",
    };

    public static Dictionary<string, string> Need(int districtId, string email = "einkauf@stadtwerke.example", string description = "Alte Werbebanner und LKW-Planen sollen zu Taschen upgecycelt werden.") => new()
    {
        ["Kind"] = OutputType.ResidualMaterialRecycling.UrlKey(),
        ["Description"] = description,
        ["Quantity"] = "300 kg",
        ["Frequency"] = "zweimal im Jahr",
        ["Deadline"] = "31.03.2027",
        ["DistrictId"] = districtId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Organisation"] = "Stadtwerke Amstetten",
        ["ContactPerson"] = "Karl Huber",
        ["Email"] = email,
        ["Phone"] = "",
        ["Consent"] = "true",
    };
}
