using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Admin;

/// <summary>The fields of the Praxisbeispiel form as a browser posts them, with sensible defaults for tests.</summary>
internal static class ExampleForm
{
    public static Dictionary<string, string> Fields(string title, string state = "Draft", string? slug = null, string body = "Die Zusammenarbeit begann mit einer Anfrage.", int? version = null) =>
        new()
        {
            ["Title"] = title,
            ["Teaser"] = "Aus Restmaterial wurden neue Produkte.",
            ["BodyMarkdown"] = body,
            ["OutputType"] = "ResidualMaterialRecycling",
            ["YearFrom"] = "2022",
            ["YearTo"] = "2023",
            ["MaterialReusedKg"] = "",
            ["ProgrammeWorkHours"] = "",
            ["PeopleEmployed"] = "",
            ["QuoteText"] = "",
            ["QuoteAuthor"] = "",
            ["Slug"] = slug ?? "",
            ["State"] = state,
            ["PublishAtLocal"] = "",
            ["Version"] = (version ?? 0).ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>Form fields plus repeated checkbox values (e.g. several PartnerIds), encoded as the browser does.</summary>
    public static async Task<HttpResponseMessage> PostExampleAsync(this HttpClient client, string action, Dictionary<string, string> fields, params (string Name, int Value)[] ticked)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var token = await client.AntiforgeryTokenAsync(action);
        var body = fields.ToList();
        body.AddRange(ticked.Select(t => new KeyValuePair<string, string>(t.Name, t.Value.ToString(CultureInfo.InvariantCulture))));
        body.Add(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(action, content);
    }

    public static Task<int> IdOfAsync(this PortalFactory portal, string slug) =>
        portal.WithDbAsync(db => db.Examples.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync());

    public static Task<int> VersionOfAsync(this PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.Examples.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());
}
