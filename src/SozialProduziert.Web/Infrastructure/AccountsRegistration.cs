using SozialProduziert.Web.Services.Accounts;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Staff accounts: two-factor set-up, account administration, the create-admin command and the demo Administrator.</summary>
public static class AccountsRegistration
{
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services)
    {
        services.AddScoped<AuthenticatorSetup>();
        services.AddScoped<SecondFactorSignIn>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<CreateAdminCommand>();
        services.AddHostedService<DemoAdministrator>();
        return services;
    }
}
