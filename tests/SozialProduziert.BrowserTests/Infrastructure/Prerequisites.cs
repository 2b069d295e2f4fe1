namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>What a browser test needs beyond the .NET SDK.</summary>
[Flags]
public enum Needs
{
    Chromium = 1,

    /// <summary>axe-core from npm (<c>npm ci</c> in the project folder).</summary>
    Axe = 2,

    /// <summary>vnu-jar from npm plus a Java runtime.</summary>
    HtmlChecker = 4,
}

/// <summary>
/// Finds Chromium, the npm checkers and Java. On a developer machine a missing piece skips the tests that need it,
/// with the command that installs it; under CI (<c>CI=true</c>) nothing is skipped, so a missing piece fails the run.
/// </summary>
public static class Prerequisites
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reasons the needed pieces are missing; empty when everything is there.</summary>
    public static IReadOnlyList<string> Missing(Needs needs)
    {
        var missing = new List<string>();
        if (!File.Exists(ChromiumPath))
        {
            missing.Add($"Chromium fehlt ({ChromiumPath}): sudo apt-get install chromium");
        }

        if (needs.HasFlag(Needs.Axe) && !File.Exists(ProjectPaths.AxeScript))
        {
            missing.Add($"axe-core fehlt: (cd {ProjectPaths.ProjectDirectory} && npm ci --ignore-scripts)");
        }

        if (needs.HasFlag(Needs.HtmlChecker) && !File.Exists(ProjectPaths.VnuJar))
        {
            missing.Add($"vnu-jar fehlt: (cd {ProjectPaths.ProjectDirectory} && npm ci --ignore-scripts)");
        }

        if (needs.HasFlag(Needs.HtmlChecker) && FindJava() is null)
        {
            missing.Add("Java fehlt (für den Nu Html Checker): sudo apt-get install default-jre-headless");
        }

        return missing;
    }

    /// <summary>The skip message for a developer machine; null when the test must run (everything there, or CI).</summary>
    public static string? SkipReason(Needs needs)
    {
        var missing = Missing(needs);
        return missing.Count == 0 || IsCi ? null : "Browser-Test übersprungen. " + string.Join("; ", missing);
    }

    /// <summary>Throws with the install hints when a piece is missing, which under CI makes the test fail instead of skip.</summary>
    public static void Require(Needs needs)
    {
        var missing = Missing(needs);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Voraussetzung fehlt (CI=true lässt Browser-Tests nicht aus): " + string.Join("; ", missing));
        }
    }

    public static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(home))
        {
            candidates.Add(Path.Combine(home, "bin", "java"));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "java")));
        return candidates.FirstOrDefault(File.Exists);
    }
}
