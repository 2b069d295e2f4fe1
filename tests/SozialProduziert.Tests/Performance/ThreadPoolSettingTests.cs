using System.Text.Json;

namespace SozialProduziert.Tests.Performance;

/// <summary>
/// The app's runtime configuration turns the thread pool's hill climbing off (docs/performance.md, "Thread pool").
/// The tests host the app in their own process, whose configuration is the test runner's, so what is checked is the
/// file the runtime reads when the app runs on its own (<c>dotnet SozialProduziert.Web.dll</c>, and the published app).
/// </summary>
public class ThreadPoolSettingTests
{
    [Fact]
    public void The_apps_runtime_configuration_turns_hill_climbing_off()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "SozialProduziert.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.Threading.ThreadPool.HillClimbing.Disable", out var disabled), "The setting is missing.");
        Assert.Equal(JsonValueKind.True, disabled.ValueKind);
    }
}
