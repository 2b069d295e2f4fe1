using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>Why positions in the queue moved; it decides the first sentence of the mail.</summary>
public enum QueueChangeReason
{
    /// <summary>A firm withdrew or was found invalid.</summary>
    PlaceFreed = 0,

    /// <summary>Staff recorded a registration that arrived earlier (in person, by e-mail).</summary>
    EarlierArrival = 1,

    /// <summary>A withdrawn or invalid registration was taken back into the queue.</summary>
    Reinstated = 2,

    /// <summary>Staff changed the number of places of the programme.</summary>
    PlacesChanged = 3,
}

/// <summary>
/// The German texts about a registration. The confirmation page and the confirmation mail print the same
/// paragraphs, so what a firm reads on screen and in its inbox never differs.
/// </summary>
public static class RegistrationTexts
{
    public static IReadOnlyList<string> Confirmation(string programmeName, string companyName, DateTime arrivedAtUtc, QueuePosition position, int places)
    {
        var local = ViennaTime.ToLocal(arrivedAtUtc);
        return
        [
            $"Vielen Dank für Ihr Interesse an „{programmeName}“. Die Interessensbekundung von {companyName} ist am {local:dd.MM.yyyy} um {local:HH:mm} Uhr eingelangt.",
            $"Ihr Stand: {QueueWording.Describe(position, places)}.",
            QueueWording.Explanation(position, places),
        ];
    }

    public static string ConfirmationSubject(string programmeName) => $"Ihre Interessensbekundung für „{programmeName}“";

    public static string ChangeSubject(string programmeName, QueueChange change) =>
        change is { Before.Status: RegistrationStatus.Waitlisted, After.Status: RegistrationStatus.Selected }
            ? $"Sie sind nachgerückt: „{programmeName}“"
            : $"Ihr Platz bei „{programmeName}“ hat sich geändert";

    public static IReadOnlyList<string> Change(string programmeName, QueueChange change, QueueChangeReason reason, int places)
    {
        ArgumentNullException.ThrowIfNull(change);
        var cause = reason switch
        {
            QueueChangeReason.EarlierArrival =>
                $"wir haben für „{programmeName}“ eine Interessensbekundung nachgetragen, die früher als Ihre bei uns eingelangt ist (persönlich oder per E-Mail). Weil die Plätze nach dem Zeitpunkt des Eintreffens vergeben werden, hat sich die Reihung geändert.",
            QueueChangeReason.PlacesChanged =>
                $"die Zahl der Plätze für „{programmeName}“ wurde auf {places} geändert. Dadurch hat sich die Reihung geändert.",
            QueueChangeReason.Reinstated =>
                $"eine Interessensbekundung für „{programmeName}“ wurde wieder in die Reihung aufgenommen. Dadurch hat sich die Reihung geändert.",
            _ => $"ein Unternehmen nimmt nicht mehr an „{programmeName}“ teil. Dadurch hat sich die Reihung geändert.",
        };
        return
        [
            cause,
            $"Bisher: {QueueWording.Describe(change.Before, places)}. Jetzt: {QueueWording.Describe(change.After, places)}.",
            QueueWording.Explanation(change.After, places),
        ];
    }
}
