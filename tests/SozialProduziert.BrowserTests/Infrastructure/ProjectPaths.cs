using System.Reflection;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>Where the checkers from npm and the screenshots live; the project folder is stamped in at build time.</summary>
public static class ProjectPaths
{
    public static string ProjectDirectory { get; } =
        typeof(ProjectPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    public static string AxeScript { get; } = Path.Combine(ProjectDirectory, "node_modules", "axe-core", "axe.min.js");

    public static string VnuJar { get; } = Path.Combine(ProjectDirectory, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Git-ignored, like everything under artifacts/.</summary>
    public static string Screenshots { get; } = Path.Combine(RepositoryRoot, "artifacts", "screenshots");

    /// <summary>Pages saved for the Nu Html Checker, one file each.</summary>
    public static string CheckedHtml { get; } = Path.Combine(RepositoryRoot, "artifacts", "checked-html");
}
