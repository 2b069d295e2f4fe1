using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Services.Accounts;

/// <summary>
/// With the demo content in Development, a fixed Administrator so a developer can sign in right away. It is an
/// ordinary Administrator: the first sign-in asks for the two-factor set-up like for everyone else.
/// Never in Testing or Production.
/// </summary>
public sealed class DemoAdministrator(IServiceProvider services, IHostEnvironment environment, IOptions<DemoOptions> demo) : IHostedService
{
    public const string Email = "admin@sozialproduziert.example";

    // Deliberately public (README): it only exists on a developer's machine with fictional content.
    public const string Password = "Demo-Redaktion-2026";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !demo.Value.Enabled)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByEmailAsync(Email) is not null)
        {
            return;
        }

        var (result, _) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(Email, "Demo-Administration", Roles.Administrator, Password);
        if (result.Succeeded)
        {
            await Console.Out.WriteLineAsync($"Demo-Anmeldung: {Email} / {Password} (unter /admin; beim ersten Anmelden richten Sie die Zwei-Faktor-Anmeldung ein)");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
