using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Accounts;
using SozialProduziert.Web.Services.Operations;

try
{
    var builder = CreateBuilder(args);
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

    // Lets a build that was not published (tests, `dotnet run` outside Development) find its compressed static
    // assets in obj/; a published app has no such manifest, so this does nothing there.
    builder.WebHost.UseStaticWebAssets();
    builder.Services.AddPortal(builder.Configuration, builder.Environment);

    var app = builder.Build();
    if (args is [CreateAdminCommand.Name, .. var arguments])
    {
        return await CreateAdminCommand.RunAsync(app.Services, arguments, CancellationToken.None);
    }

    if (args is [BackupCommand.Name, .. var backupArguments])
    {
        return await BackupCommand.RunAsync(app.Services, backupArguments, CancellationToken.None);
    }

    if (args is [RestoreCommand.Name, .. var restoreArguments])
    {
        return await RestoreCommand.RunAsync(app.Services, restoreArguments, CancellationToken.None);
    }

    app.UsePortal();

    await using (var scope = app.Services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    // One sentence the operator can act on, instead of a stack trace.
    Console.Error.WriteLine($"SozialProduziert kann nicht starten: {e.Message}");
    return 1;
}
catch (Exception e) when (InvalidSettings.Describe(e) is { } settings)
{
    // A setting refused by its options' validation (ValidateOnStart), named by the validation's own message.
    Console.Error.WriteLine($"SozialProduziert kann nicht starten: {settings}");
    return 1;
}
catch (Exception e) when (AddressInUse.Describe(e) is { } address)
{
    // Another process listens there, often an instance of the portal that is still running.
    Console.Error.WriteLine($"SozialProduziert kann nicht starten: {address}");
    return 1;
}

// The host opens the content root (--contentRoot, ASPNETCORE_CONTENTROOT) first of all; a folder that is not there
// would otherwise end the start with a stack trace that names neither setting.
static WebApplicationBuilder CreateBuilder(string[] args)
{
    try
    {
        return WebApplication.CreateBuilder(args);
    }
    catch (DirectoryNotFoundException e)
    {
        throw new StartupException(
            $"Das Inhaltsverzeichnis {e.Message.TrimEnd('.')} gibt es nicht: Prüfen Sie --contentRoot oder ASPNETCORE_CONTENTROOT " +
            "(ein relativer Pfad gilt ab dem Ordner der App).", e);
    }
}

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
