namespace SozialProduziert.Web.Domain;

/// <summary>The German words for the programme's enums, and the stable keys forms and filters post.</summary>
public static class ProgrammeLabels
{
    public static string Label(this RegistrationStatus status) => status switch
    {
        RegistrationStatus.Received => "Eingelangt",
        RegistrationStatus.Selected => "Vorläufig ausgewählt",
        RegistrationStatus.Waitlisted => "Warteliste",
        RegistrationStatus.Confirmed => "Zugesagt",
        RegistrationStatus.InConsulting => "In Beratung",
        RegistrationStatus.Completed => "Abgeschlossen",
        RegistrationStatus.Withdrawn => "Zurückgezogen",
        RegistrationStatus.Invalid => "Ungültig",
        _ => status.ToString(),
    };

    public static string UrlKey(this RegistrationStatus status) => status switch
    {
        RegistrationStatus.Received => "eingelangt",
        RegistrationStatus.Selected => "ausgewaehlt",
        RegistrationStatus.Waitlisted => "warteliste",
        RegistrationStatus.Confirmed => "zugesagt",
        RegistrationStatus.InConsulting => "in-beratung",
        RegistrationStatus.Completed => "abgeschlossen",
        RegistrationStatus.Withdrawn => "zurueckgezogen",
        RegistrationStatus.Invalid => "ungueltig",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Label(this CompanySize size) => size switch
    {
        CompanySize.Micro => "1–9 Beschäftigte",
        CompanySize.Small => "10–49 Beschäftigte",
        CompanySize.Medium => "50–249 Beschäftigte",
        CompanySize.Large => "250 und mehr Beschäftigte",
        _ => size.ToString(),
    };

    public static string UrlKey(this CompanySize size) => size switch
    {
        CompanySize.Micro => "1-9",
        CompanySize.Small => "10-49",
        CompanySize.Medium => "50-249",
        CompanySize.Large => "250-plus",
        _ => size.ToString().ToLowerInvariant(),
    };

    public static string Label(this RegistrationChannel channel) => channel switch
    {
        RegistrationChannel.Online => "Online-Formular",
        RegistrationChannel.InPerson => "Persönlich",
        RegistrationChannel.Email => "E-Mail",
        RegistrationChannel.Phone => "Telefon",
        _ => channel.ToString(),
    };

    public static string UrlKey(this RegistrationChannel channel) => channel switch
    {
        RegistrationChannel.Online => "online",
        RegistrationChannel.InPerson => "persoenlich",
        RegistrationChannel.Email => "e-mail",
        RegistrationChannel.Phone => "telefon",
        _ => channel.ToString().ToLowerInvariant(),
    };

    public static string Label(this ConsultingKind kind) => kind switch
    {
        ConsultingKind.OnSite => "Vor-Ort-Beratung",
        ConsultingKind.ConsultingHour => "Beratungsstunde",
        _ => kind.ToString(),
    };

    public static string UrlKey(this ConsultingKind kind) => kind switch
    {
        ConsultingKind.OnSite => "vor-ort",
        ConsultingKind.ConsultingHour => "beratungsstunde",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Hours and minutes the German way: "10 Std.", "1 Std. 15 Min.", "45 Min.".</summary>
    public static string Duration(int minutes)
    {
        var sign = minutes < 0 ? "−" : "";
        var (hours, rest) = Math.DivRem(Math.Abs(minutes), 60);
        return sign + (hours, rest) switch
        {
            (0, _) => $"{rest} Min.",
            (_, 0) => $"{hours} Std.",
            _ => $"{hours} Std. {rest} Min.",
        };
    }
}
