using System.Net;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// Dot-dot segments, encoded and double-encoded slashes in slugs, static-file and media URLs: 404 or 400, never a file
/// from outside wwwroot (configuration, source, system files), never a 500.
/// </summary>
public class PathTraversalTests
{
    public static TheoryData<string> Urls =>
    [
        "/praxisbeispiele/..%2f..%2fappsettings.json",
        "/praxisbeispiele/%2e%2e%2f%2e%2e%2fappsettings.json",
        "/praxisbeispiele/%252e%252e%252fappsettings.json",
        "/sozialbetriebe/..%5c..%5cappsettings.json",
        "/angebote/....%2f%2f....%2f%2fappsettings.json",
        "/auslage/%2e%2e/%2e%2e/appsettings.json",
        "/downloads/..%2f..%2fappsettings.Production.json",
        "/downloads/%c0%ae%c0%ae%c0%afappsettings.json",
        "/media/..%2f..%2fappsettings.json",
        "/media/" + "%2e%2e%2f" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.jpg",
        "/css/..%2f..%2fappsettings.json",
        "/css/%2e%2e/%2e%2e/appsettings.json",
        "/css/%252e%252e%252f%252e%252e%252fappsettings.json",
        "/css/..%5c..%5cProgram.cs",
        "/fonts/..%2f..%2f..%2fSozialProduziert.Web.csproj",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/favicon.svg%2f..%2f..%2fappsettings.json",
        "/praxisbeispiele/feed/..%2f..%2fappsettings.json",
    ];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Traversal_attempts_get_404_or_400_and_never_a_file_from_outside_wwwroot(string url)
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);

        using var response = await portal.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"GET {url} answered {(int)response.StatusCode}.");
        foreach (var secret in new[] { "ConnectionStrings", "root:x:0:0", "<Project", "WebApplication.CreateBuilder", "\"Logging\"" })
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }
    }
}
