namespace SozialProduziert.Web.Services.Operations;

/// <summary>Runs a command-line command in its own scope and prints its one line: stdout on success, stderr otherwise.</summary>
internal static class OperatorCommand
{
    public static async Task<int> RunAsync<TCommand>(IServiceProvider services, Func<TCommand, CancellationToken, Task<(int ExitCode, string Message)>> execute, CancellationToken cancellationToken)
        where TCommand : notnull
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var (exitCode, message) = await execute(scope.ServiceProvider.GetRequiredService<TCommand>(), cancellationToken);
        await (exitCode == 0 ? Console.Out : Console.Error).WriteLineAsync(message);
        return exitCode;
    }
}
