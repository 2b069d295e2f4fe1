using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.BrowserTests.Infrastructure;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.BrowserTests.Accessibility;

/// <summary>
/// The page catalogues the browser checks walk through are written by hand; these tests hold them against the app's
/// own GET routes, so a new page type cannot go unchecked. They need no browser.
/// </summary>
public class PageTypeCoverageTests
{
    [Fact]
    public async Task Every_public_get_route_is_a_checked_page_type_or_listed_as_no_html()
    {
        var routes = await GetRoutesAsync(admin: false);
        var covered = PublicPageTypes.All.Select(p => p.RouteTemplate).Concat(PublicPageTypes.NotHtml)
            .Concat(PersonalPageTypes.All.Select(p => p.RouteTemplate).OfType<string>()).Concat(PersonalPageTypes.NotHtml).ToHashSet();

        var missing = routes.Where(r => !covered.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "No page type checks these routes: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_admin_get_route_is_a_checked_page_type_or_listed_as_no_html()
    {
        var routes = await GetRoutesAsync(admin: true);
        var covered = AdminPageTypes.All.Select(p => p.RouteTemplate).OfType<string>().Concat(AdminPageTypes.NotHtml).ToHashSet();

        var missing = routes.Where(r => !covered.Contains(r)).ToList();
        Assert.True(missing.Count == 0, "No page type checks these routes: " + string.Join(", ", missing));
    }

    private static async Task<List<string>> GetRoutesAsync(bool admin)
    {
        await using var portal = new PortalFactory();
        return portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null || e.RoutePattern.RawText == "/health/live")
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
            .Select(e => (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(t => t.StartsWith("admin", StringComparison.Ordinal) == admin)
            .Distinct()
            .ToList();
    }
}
