using Microsoft.AspNetCore.Identity;

namespace SozialProduziert.Web.Domain;

/// <summary>A person who signs in: KOMUNITAS staff now, partner contacts later.</summary>
public class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

/// <summary>The staff roles. Administrators manage accounts, purge and settings; Redaktion edits and publishes.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Redaktion";

    public static readonly IReadOnlyList<string> Staff = [Administrator, Editor];
}
