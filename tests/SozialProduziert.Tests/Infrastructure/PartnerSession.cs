using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>Partner accounts for tests: created through the real invitation service, signed in through the real partner sign-in form.</summary>
public static class PartnerSession
{
    /// <summary>Invites <paramref name="email"/> for the partner and accepts the invitation with <see cref="StaffSession.Password"/>.</summary>
    public static async Task CreatePartnerAccountAsync(this PortalFactory portal, int partnerId, string email, string name = "Test-Kontaktperson")
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var invitations = scope.ServiceProvider.GetRequiredService<PartnerInvitations>();
        var partner = await db.Partners.FindAsync(partnerId) ?? throw new InvalidOperationException($"No partner {partnerId}.");
        var token = await invitations.InviteAsync(partner, email, name, "https://localhost", CancellationToken.None);
        var invitation = await invitations.FindOpenAsync(token, CancellationToken.None) ?? throw new InvalidOperationException("The invitation is not open.");
        var result = await invitations.AcceptAsync(invitation, StaffSession.Password, CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>Creates a partner account for the partner and returns a browser signed in with it.</summary>
    public static async Task<HttpClient> SignInAsPartnerAsync(this PortalFactory portal, int partnerId, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        email ??= $"kontakt-{Guid.NewGuid():N}@firma.example";
        await portal.CreatePartnerAccountAsync(partnerId, email);
        var client = portal.CreateBrowser();
        using var response = await client.SubmitFormAsync("/mein-bereich/anmelden", new() { ["Email"] = email, ["Password"] = StaffSession.Password });
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/mein-bereich")
        {
            throw new InvalidOperationException($"Partner sign-in as {email} answered {(int)response.StatusCode} {response.Headers.Location}.");
        }

        return client;
    }
}
