using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Services.PartnerArea;
using SozialProduziert.Web.Services.Reports;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Partner policy names.</summary>
public static class PartnerPolicies
{
    /// <summary>A firm's contact person: <c>/mein-bereich</c> only, for the firm the account belongs to.</summary>
    public const string Partner = "Partner";
}

/// <summary>The firms' own area (<c>/mein-bereich</c>): accounts, showcase approval, impact figures and the CSR report.</summary>
public static class PartnerAreaRegistration
{
    public const string SignInPath = "/mein-bereich/anmelden";

    public static IServiceCollection AddPortalPartnerArea(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PartnerAreaOptions>(configuration.GetSection(PartnerAreaOptions.Section));
        services.AddScoped<CurrentPartner>();
        services.AddScoped<PartnerInvitations>();
        services.AddScoped<ShowcaseReviews>();
        services.AddScoped<ImpactFigures>();
        services.AddScoped<Areas.Admin.Queries.FigureSubjects>();
        services.AddScoped<CsrReportBuilder>();
        services.AddScoped<Services.Privacy.IPersonalDataStore, PartnerAreaPersonalData>();
        services.AddAuthorizationBuilder().AddPolicy(PartnerPolicies.Partner, policy => policy.RequireRole(PartnerRole.Name));

        // Anonymous visitors of /mein-bereich sign in on the partner page, not on the staff one.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            var staffRedirect = cookie.Events.OnRedirectToLogin;
            cookie.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/mein-bereich", StringComparison.OrdinalIgnoreCase))
                {
                    var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                    context.Response.Redirect($"{SignInPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
                    return Task.CompletedTask;
                }

                return staffRedirect(context);
            };
        });
        return services;
    }
}
