using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Web.Services.Accounts;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// Signs a staff member in through the real sign-in form (anti-forgery token included) and hands back the
/// client that carries the cookies. Clients use https, because auth cookies are Secure outside Development.
/// </summary>
public static class StaffSession
{
    public const string Password = "ein-langes-test-passwort";

    private static readonly HtmlParser Parser = new();

    /// <summary>An https client that keeps cookies and does not follow redirects.</summary>
    public static HttpClient CreateBrowser(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
    }

    /// <summary>Creates an account with <paramref name="role"/> and signs it in.</summary>
    public static async Task<HttpClient> SignInAsStaffAsync(this PortalFactory portal, string role, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@komunitas.example";
        await portal.CreateStaffAsync(email, role);
        var client = portal.CreateBrowser();
        using var response = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = email, ["Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {role} answered {(int)response.StatusCode}.");
        }

        return client;
    }

    public static async Task CreateStaffAsync(this PortalFactory portal, string email, string role, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var (result, _) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, "Test " + role, role, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>
    /// GETs the page with the form, copies its anti-forgery token, then POSTs <paramref name="fields"/> to
    /// <paramref name="action"/> (the form page itself unless <paramref name="formPage"/> is given).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string action, Dictionary<string, string> fields, string? formPage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var token = await AntiforgeryTokenAsync(client, formPage ?? action);
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(action, content);
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string formPage)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(formPage);
        var document = Parser.ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formPage} has no anti-forgery token.");
    }
}
