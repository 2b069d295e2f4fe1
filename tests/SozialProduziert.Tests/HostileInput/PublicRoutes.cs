namespace SozialProduziert.Tests.HostileInput;

/// <summary>Every public page with every query parameter it reads; hostile-input tests fill each of them at once.</summary>
public static class PublicRoutes
{
    public static IReadOnlyDictionary<string, string[]> QueryParameters { get; } = new Dictionary<string, string[]>
    {
        ["/"] = ["q"],
        ["/suche"] = ["q"],
        ["/praxisbeispiele"] = ["art", "feld", "bezirk", "jahr", "status", "q", "seite"],
        ["/sozialbetriebe"] = ["bezirk", "feld", "segment", "guetesiegel", "q", "seite"],
        ["/angebote"] = ["art", "feld", "bezirk", "q", "seite"],
        ["/auslage"] = ["art", "bezirk", "seite"],
        ["/downloads"] = ["seite"],
        ["/ueber-sopro"] = ["q"],
        ["/praxisbeispiele/feed"] = ["seite"],
        ["/anfrage"] = ["sozialbetrieb", "angebot"],
        ["/rueckmeldung"] = ["code"],
        ["/mein-bereich/anmelden"] = ["returnUrl"],
    };

    /// <summary>Routes whose last segment is a slug; hostile values go there too.</summary>
    public static IReadOnlyList<string> SlugRoutes { get; } =
        ["/praxisbeispiele/", "/sozialbetriebe/", "/angebote/", "/auslage/", "/downloads/", "/media/", "/mitmachen/anmeldung/", "/mein-bereich/einladung/"];

    /// <summary>The URL of <paramref name="route"/> with <paramref name="value"/> in every query parameter it reads.</summary>
    public static string WithEveryParameter(string route, string value)
    {
        ArgumentNullException.ThrowIfNull(route);
        var encoded = Uri.EscapeDataString(value);
        return route + "?" + string.Join("&", QueryParameters[route].Select(p => $"{p}={encoded}"));
    }
}
