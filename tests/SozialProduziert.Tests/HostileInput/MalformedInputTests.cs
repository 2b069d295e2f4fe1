using System.Net;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// Values no form would send: 100,000 characters, invalid UTF-8 percent-encodings, control characters and
/// right-to-left overrides, in every query parameter, in slugs and in the fields of the sign-in form. Never a 500.
/// </summary>
public class MalformedInputTests(SharedDemoPortal demo) : IClassFixture<SharedDemoPortal>
{
    /// <summary>Already percent-encoded, as they would stand in a URL.</summary>
    public static TheoryData<string, string> EncodedValues => new()
    {
        { "100,000 characters", new string('a', 100_000) },
        { "100,000 umlauts", string.Concat(Enumerable.Repeat("%C3%BC", 100_000)) },
        { "a broken two-byte sequence", "%C3%28" },
        { "bytes that are never UTF-8", "%FF%FE%FD" },
        { "a lone surrogate", "%ED%A0%80" },
        { "an overlong slash", "%C0%AF" },
        { "a truncated sequence", "abc%E2%82" },
        { "a broken escape", "%ZZ%4" },
        { "NUL and other control characters", "a%00b%01c%1Bd%7Fe%0D%0Af" },
        { "a right-to-left override", "%E2%80%AEtxt.exe" },
        { "bidi isolates and zero-width characters", "%E2%81%A6%E2%80%8B%EF%BB%BFx%E2%81%A9" },
    };

    [Theory]
    [MemberData(nameof(EncodedValues))]
    public async Task Malformed_values_in_every_query_parameter_and_slug_never_cause_a_500(string description, string encoded)
    {
        var client = demo.Portal.CreateClient();
        var urls = PublicRoutes.QueryParameters.Select(route => route.Key + "?" + string.Join("&", route.Value.Select(p => $"{p}={encoded}")))
            // The in-memory test server refuses to build a request whose path holds NUL; Kestrel answers 400 (KestrelEdgeTests).
            .Concat(encoded.Contains("%00", StringComparison.Ordinal) ? [] : PublicRoutes.SlugRoutes.Select(route => route + encoded));

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest,
                $"{description}: GET {url[..Math.Min(url.Length, 120)]} answered {(int)response.StatusCode}.");
        }
    }

    public static TheoryData<string, string> FormValues => new()
    {
        { "100,000 characters", new string('a', 100_000) },
        { "control characters", "anna\u0001\u001b\u007f\r\n@komunitas.example" },
        { "a right-to-left override", "\u202eelpmaxe.satinumok@anna" },
        { "bidi isolates and zero-width characters", "\u2066anna\u200b@komunitas.example\u2069\ufeff" },
    };

    [Theory]
    [MemberData(nameof(FormValues))]
    public async Task Malformed_values_in_the_sign_in_form_are_answered_with_the_form_and_its_errors(string description, string value)
    {
        using var client = DistinctClients.From(demo.Portal, 300 + description.Length);

        using var response = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = value, ["Password"] = value });
        var page = HtmlPage.From(await response.Content.ReadAsStringAsync(), response.StatusCode);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.Document.QuerySelector(".form-errors"));
    }

    [Fact]
    public async Task A_nul_character_in_a_form_post_is_refused_without_a_500()
    {
        using var client = DistinctClients.From(demo.Portal, 400);

        using var response = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = "anna\0@komunitas.example", ["Password"] = "x\0y" });

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"Answered {(int)response.StatusCode}.");
    }
}
