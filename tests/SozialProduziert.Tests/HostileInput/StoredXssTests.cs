using System.Net;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// The XSS corpus saved as content through the staff editors (titles, teasers, Markdown, quotes, names, contact
/// fields), published, and read back wherever the public site shows it: detail pages, lists, search, feed.
/// </summary>
public class StoredXssTests(StoredXssTests.Editorial editorial) : IClassFixture<StoredXssTests.Editorial>
{
    [Theory]
    [MemberData(nameof(XssCorpus.Indexes), MemberType = typeof(XssCorpus))]
    public async Task A_payload_saved_as_an_example_is_shown_escaped_everywhere_the_example_appears(int index)
    {
        var payload = XssCorpus.Payloads[index];
        var marker = $"xssbeispiel{index}";
        var fields = ExampleForm.Fields(payload, state: nameof(PublishState.Published), slug: marker, body: payload);
        fields["Teaser"] = $"{marker} {payload}";
        fields["QuoteText"] = payload;
        fields["QuoteAuthor"] = payload;
        using var saved = await editorial.Staff.PostExampleAsync("/admin/praxisbeispiele/neu", fields);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"The example form refused the payload ({(int)saved.StatusCode}).");

        await AssertSafeAsync(payload, $"/praxisbeispiele/{marker}", $"/praxisbeispiele?q={marker}", $"/suche?q={marker}", $"/admin/praxisbeispiele/{await editorial.Portal.IdOfAsync(marker)}");
        await AssertFeedSafeAsync(payload);
    }

    [Theory]
    [MemberData(nameof(XssCorpus.Indexes), MemberType = typeof(XssCorpus))]
    public async Task A_payload_saved_as_a_sozialbetrieb_is_shown_escaped_on_its_profile_list_and_search(int index)
    {
        var payload = XssCorpus.Payloads[index];
        var marker = $"xssbetrieb{index}";
        var fields = DirectoryForms.Enterprise(payload, marker, nameof(PublishState.Published), profile: payload);
        fields["Teaser"] = $"{marker} {payload}";
        fields["ContactPerson"] = payload;
        fields["LegalForm"] = payload;
        fields["Street"] = payload;
        using var saved = await editorial.Staff.SubmitFormAsync("/admin/sozialbetriebe/neu", fields);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"The Sozialbetrieb form refused the payload ({(int)saved.StatusCode}).");

        await AssertSafeAsync(payload, $"/sozialbetriebe/{marker}", $"/sozialbetriebe?q={marker}", $"/suche?q={marker}");
    }

    private async Task AssertSafeAsync(string payload, params string[] urls)
    {
        foreach (var url in urls)
        {
            using var response = await editorial.Staff.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
            var violations = HtmlSafety.Violations(await response.Content.ReadAsStringAsync(), payload);
            Assert.True(violations.Count == 0, $"GET {url}:\n" + string.Join("\n", violations));
        }
    }

    private async Task AssertFeedSafeAsync(string payload)
    {
        var feed = await editorial.Staff.GetStringAsync("/praxisbeispiele/feed");
        Assert.True(!payload.Contains('<', StringComparison.Ordinal) || !feed.Contains(payload, StringComparison.Ordinal), "The feed carries the payload unescaped.");
        System.Xml.Linq.XDocument.Parse(feed);
    }

    /// <summary>One portal and one signed-in Redaktion member for the whole corpus; every payload gets its own items.</summary>
    public sealed class Editorial : IAsyncLifetime
    {
        public PortalFactory Portal { get; } = new() { PageCache = false };

        public HttpClient Staff { get; private set; } = null!;

        public async Task InitializeAsync() => Staff = await Portal.SignInAsStaffAsync(Roles.Editor);

        public async Task DisposeAsync() => await Portal.DisposeAsync();
    }
}
