using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>The German words for a place in the queue, the same on pages, in mails and in the staff list.</summary>
public static class QueueWording
{
    /// <summary>"vorläufig ausgewählt (Platz 3 von 10)", "Warteliste, Platz 4", "zugesagt" …</summary>
    public static string Describe(QueuePosition position, int places) => position.Status switch
    {
        RegistrationStatus.Selected => $"vorläufig ausgewählt (Platz {position.Place} von {places})",
        RegistrationStatus.Waitlisted => $"Warteliste, Platz {position.WaitlistPlace}",
        RegistrationStatus.Confirmed => "Teilnahme zugesagt",
        RegistrationStatus.InConsulting => "in Beratung",
        RegistrationStatus.Completed => "abgeschlossen",
        RegistrationStatus.Withdrawn => "zurückgezogen",
        RegistrationStatus.Invalid => "ungültig",
        _ => "eingelangt",
    };

    /// <summary>The short column value staff sort by: "Platz 3", "Warteliste 4", or nothing.</summary>
    public static string Brief(QueuePosition position) => position switch
    {
        { Place: { } place } => $"Platz {place}",
        { WaitlistPlace: { } waiting } => $"Warteliste {waiting}",
        _ => "–",
    };

    /// <summary>What the position means for the firm, in one or two sentences.</summary>
    public static string Explanation(QueuePosition position, int places) => position.Status switch
    {
        RegistrationStatus.Selected =>
            $"Die {places} Plätze werden in der Reihenfolge des Eintreffens vergeben. Die endgültige Zusage erteilt das Land Niederösterreich; wir melden uns dazu bei Ihnen.",
        RegistrationStatus.Waitlisted =>
            $"Die {places} Plätze sind derzeit vergeben. Wird ein Platz frei, rücken Sie in der Reihenfolge der Warteliste automatisch nach, und wir verständigen Sie per E-Mail.",
        _ => "Bei Fragen erreichen Sie das SoPro-Team der KOMUNITAS OG unter sopro@komunitas.example.",
    };
}
