using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Web.Domain;
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

    /// <summary>
    /// Creates an account with <paramref name="role"/> and signs it in. Administrators get two-factor sign-in
    /// (it is required for them) and pass the second step with a code computed from their key, as an app would.
    /// </summary>
    public static async Task<HttpClient> SignInAsStaffAsync(this PortalFactory portal, string role, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@komunitas.example";
        await portal.CreateStaffAsync(email, role);
        var client = portal.CreateBrowser();
        await client.SignInAsync(portal, email);
        return client;
    }

    /// <summary>Signs an existing account in through the real forms, answering the two-factor step when it comes.</summary>
    public static async Task SignInAsync(this HttpClient client, PortalFactory portal, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}.");
        }

        if (response.Headers.Location?.OriginalString.Contains("/admin/anmelden/zwei-faktor", StringComparison.Ordinal) == true)
        {
            var code = await portal.AuthenticatorCodeAsync(email);
            using var second = await client.SubmitFormAsync("/admin/anmelden/zwei-faktor", new() { ["Code"] = code });
            if (second.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"The two-factor step for {email} answered {(int)second.StatusCode}.");
            }
        }
    }

    /// <summary>
    /// Creates a staff account. <paramref name="twoFactor"/> defaults to on for Administrators, who cannot use the
    /// staff area without it; pass false to test the enrolment itself.
    /// </summary>
    public static async Task CreateStaffAsync(this PortalFactory portal, string email, string role, string password = Password, bool? twoFactor = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var (result, _) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, "Test " + role, role, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        if (twoFactor ?? role == Roles.Administrator)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
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
