using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Recognises Kestrel's refusal to listen on an address another process holds (a second start, an old instance still
/// running), which otherwise ends the app with a stack trace, and says it in one sentence.
/// </summary>
public static partial class AddressInUse
{
    /// <summary>One German sentence naming the address; null when <paramref name="exception"/> is something else.</summary>
    public static string? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is not IOException { InnerException: AddressInUseException })
        {
            return null;
        }

        // Kestrel names the address only in its message ("Failed to bind to address http://…: address already in use.").
        var address = KestrelMessage().Match(exception.Message) is { Success: true } match ? $"Die Adresse {match.Groups[1].Value}" : "Eine Adresse der App";
        return $"{address} ist schon belegt: Dort läuft bereits ein anderes Programm, vielleicht SozialProduziert selbst. " +
            "Beenden Sie es, oder wählen Sie mit ASPNETCORE_URLS oder --urls eine andere Adresse.";
    }

    [GeneratedRegex(@"address (\S+): address already in use", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KestrelMessage();
}
