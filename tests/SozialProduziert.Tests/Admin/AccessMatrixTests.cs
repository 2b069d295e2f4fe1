using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.Admin;

/// <summary>
/// Every GET route of the admin area, found from the app's own endpoints (so a new route cannot slip past),
/// against anonymous visitors, Redaktion and Administrators.
/// </summary>
public partial class AccessMatrixTests
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_on_every_admin_route()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateBrowser();

        foreach (var url in AdminGetRoutes(portal).Where(r => !r.Anonymous).Select(r => r.Url))
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} answered {(int)response.StatusCode} to an anonymous visitor.");
            Assert.Contains("/admin/anmelden", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Redaktion_gets_403_exactly_on_the_administrator_routes()
    {
        await using var portal = new PortalFactory();
        var client = await portal.SignInAsStaffAsync(Roles.Editor);

        foreach (var (url, administratorOnly) in AdminGetRoutes(portal).Where(r => !r.Anonymous).Select(r => (r.Url, r.AdministratorOnly)))
        {
            using var response = await client.GetAsync(url);
            if (administratorOnly)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} answered {(int)response.StatusCode} to Redaktion.");
            }
            else
            {
                Assert.True(response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError), $"{url} answered {(int)response.StatusCode} to Redaktion.");
            }
        }
    }

    [Fact]
    public async Task Administrators_reach_every_admin_route_without_403_or_500()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        var client = await portal.SignInAsStaffAsync(Roles.Administrator);

        var routes = AdminGetRoutes(portal).Where(r => !r.Anonymous).ToList();
        Assert.True(routes.Count >= 25, $"Only {routes.Count} admin routes found.");
        foreach (var url in routes.Select(r => r.Url))
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError), $"{url} answered {(int)response.StatusCode} to an Administrator.");
        }
    }

    private sealed record AdminRoute(string Url, bool AdministratorOnly, bool Anonymous);

    private static List<AdminRoute> AdminGetRoutes(PortalFactory portal)
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = new List<AdminRoute>();
        foreach (var endpoint in endpoints)
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            var template = endpoint.RoutePattern.RawText ?? "";
            if (action is null || !template.StartsWith("admin", StringComparison.OrdinalIgnoreCase) || methods is null || !methods.Contains("GET"))
            {
                continue;
            }

            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            routes.Add(new AdminRoute("/" + Parameter().Replace(template, m => Sample(m.Value)), policies.Contains(Policies.Administrator), anonymous));
        }

        return routes;
    }

    /// <summary>A plausible value for a route parameter: ids and numbers 1, guids empty, content types a real type name.</summary>
    private static string Sample(string parameter) =>
        parameter.Contains(":guid", StringComparison.OrdinalIgnoreCase) ? Guid.Empty.ToString()
        : parameter.Contains("type", StringComparison.OrdinalIgnoreCase) ? "Page"
        : parameter.Contains("hash", StringComparison.OrdinalIgnoreCase) ? new string('a', 64)
        : "1";

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
