using System.Net;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Admin;

/// <summary>Switches two-factor sign-in on through "Mein Konto" as a person would: read the key, type the app's code.</summary>
public static class TwoFactorForms
{
    /// <summary>Returns the recovery codes the page shows once.</summary>
    public static async Task<IReadOnlyList<string>> EnableAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var setUp = await client.OpenAsync("/admin/konto/zwei-faktor");
        Assert.Equal(HttpStatusCode.OK, setUp.Status);
        var key = setUp.Document.QuerySelector(".shared-key")!.TextContent;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        Assert.StartsWith("data:image/png;base64,", setUp.Document.QuerySelector("img.qr-code")!.GetAttribute("src"), StringComparison.Ordinal);

        using var wrong = await client.SubmitFormAsync("/admin/konto/zwei-faktor", new() { ["Input.Code"] = Authenticator.WrongCode(Authenticator.CodeFor(key)) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Der Code stimmt nicht.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var right = await client.SubmitFormAsync("/admin/konto/zwei-faktor", new() { ["Input.Code"] = Authenticator.CodeFor(key) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await right.Content.ReadAsStringAsync());
        Assert.Equal("Ihre Wiederherstellungscodes", page.QuerySelector("h1")?.TextContent);
        return page.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
    }
}
