using System.Net;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// The XSS corpus thrown at every query parameter of every public page, at slugs, and at the public sign-in form:
/// never a 500, never the payload unescaped, never a script, event handler or script URL in the page.
/// </summary>
public class XssReflectionTests(XssReflectionTests.DemoPortal demo) : IClassFixture<XssReflectionTests.DemoPortal>
{
    [Theory]
    [MemberData(nameof(XssCorpus.Indexes), MemberType = typeof(XssCorpus))]
    public async Task A_payload_in_every_query_parameter_and_slug_is_never_reflected_unescaped(int index)
    {
        var payload = XssCorpus.Payloads[index];
        var client = demo.Portal.CreateClient();
        var urls = PublicRoutes.QueryParameters.Keys.Select(route => PublicRoutes.WithEveryParameter(route, payload))
            .Concat(PublicRoutes.SlugRoutes.Select(route => route + Uri.EscapeDataString(payload)));

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"GET {url} answered {(int)response.StatusCode}.");
            var violations = HtmlSafety.Violations(body, payload);
            Assert.True(violations.Count == 0, $"GET {url}:\n" + string.Join("\n", violations));
        }
    }

    [Theory]
    [MemberData(nameof(XssCorpus.Indexes), MemberType = typeof(XssCorpus))]
    public async Task A_payload_in_every_field_of_the_sign_in_form_is_never_reflected_unescaped(int index)
    {
        var payload = XssCorpus.Payloads[index];
        using var client = DistinctClients.From(demo.Portal, index);

        using var response = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = payload, ["Password"] = payload, ["ReturnUrl"] = payload });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var violations = HtmlSafety.Violations(body, payload);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task The_safety_check_itself_finds_an_unescaped_script_an_event_handler_and_a_script_url()
    {
        const string Page = """<html><body><p>"><script>alert(1)</script></p><img src=x onerror=alert(1)><a href=" jav&#x09;ascript:alert(1)">x</a></body></html>""";
        const string QuoteInText = """<html><body><p>" onmouseover="alert(1)</p></body></html>""";
        const string QuoteInTag = """<html><body><input value="" onmouseover="alert(1)"></body></html>""";

        var violations = string.Join("\n", HtmlSafety.Violations(Page, "\"><script>alert(1)</script>"));

        Assert.Contains("unescaped in the raw HTML", violations, StringComparison.Ordinal);
        Assert.Empty(HtmlSafety.Violations(QuoteInText, "\" onmouseover=\"alert(1)"));
        Assert.Contains(HtmlSafety.Violations(QuoteInTag, "\" onmouseover=\"alert(1)"), v => v.StartsWith("the payload appears unescaped inside a tag", StringComparison.Ordinal));
        Assert.Contains("<script> element", violations, StringComparison.Ordinal);
        Assert.Contains("event handler onerror", violations, StringComparison.Ordinal);
        Assert.Contains("script URL in href", violations, StringComparison.Ordinal);
    }

    /// <summary>One demo portal for the whole corpus; nothing here writes content.</summary>
    public sealed class DemoPortal : IAsyncLifetime
    {
        public PortalFactory Portal { get; } = new(PortalDatabase.Demo);

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Portal.DisposeAsync();
    }
}
