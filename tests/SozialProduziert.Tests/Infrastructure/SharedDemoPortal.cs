namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// One demo portal shared by all tests of a class (xunit class fixture), for tests that only read: hundreds of
/// hostile requests need not start hundreds of hosts.
/// </summary>
public sealed class SharedDemoPortal : IAsyncLifetime
{
    public PortalFactory Portal { get; } = new(PortalDatabase.Demo);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Portal.DisposeAsync();
}
