using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Infrastructure;

public static class IdentityRegistration
{
    public const string AuthCookieName = "sopro.auth";

    /// <summary>
    /// Staff accounts on ASP.NET Core Identity in the portal's own database. Passwords follow NIST SP 800-63B:
    /// at least 12 characters and no composition rules; 5 failed attempts lock an account.
    /// </summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddIdentity<PortalUser, IdentityRole>(identity =>
            {
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<GermanIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = AuthCookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secure;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(2);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/admin/anmelden";
            cookie.LogoutPath = "/admin/abmelden";
            cookie.AccessDeniedPath = "/fehler/403";

            // A signed-in user without the right role gets a real 403 (with the German error page), not a redirect.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // The short-lived cookie that remembers who passed the password step until the code is entered.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, pending =>
        {
            pending.Cookie.Name = "sopro.2fa";
            pending.Cookie.SecurePolicy = secure;
            pending.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        services.Configure<CookieTempDataProviderOptions>(tempData => tempData.Cookie.SecurePolicy = secure);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "sopro.af";
            antiforgery.Cookie.SecurePolicy = secure;
        });

        // "Sign out everywhere" renews the security stamp; other sessions notice within this interval.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));

        // Administrators must have two-factor sign-in; until they set it up, every staff page sends them there.
        var twoFactor = new TwoFactorEnrolmentRequirement();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorEnrolmentResultHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.Administrator, Roles.Editor).AddRequirements(twoFactor))
            .AddPolicy(Policies.Administrator, policy => policy.RequireRole(Roles.Administrator).AddRequirements(twoFactor));
        return services;
    }
}
