namespace SozialProduziert.Web.Domain;

/// <summary>A funded programme firms take part in, e.g. "Erfolg mit FAIRantwortung in Niederösterreich 2".</summary>
public class Programme
{
    public const int DefaultPlaces = 10;

    /// <summary>½ consulting day on site.</summary>
    public const int DefaultOnSiteMinutes = 4 * 60;

    /// <summary>Up to ten further consulting hours.</summary>
    public const int DefaultConsultingMinutes = 10 * 60;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public string? Description { get; set; }

    public string? FundingBody { get; set; }

    /// <summary>How many firms are selected in order of arrival; the rest wait.</summary>
    public int Places { get; set; } = DefaultPlaces;

    /// <summary>Start of the registration period in UTC (midnight in Vienna of its first day); null: not scheduled.</summary>
    public DateTime? RegistrationOpensAt { get; set; }

    /// <summary>End of the registration period in UTC, exclusive (midnight in Vienna after its last day).</summary>
    public DateTime? RegistrationClosesAt { get; set; }

    /// <summary>Consulting on site each participating firm may receive.</summary>
    public int OnSiteMinutes { get; set; } = DefaultOnSiteMinutes;

    /// <summary>Further consulting hours each participating firm may receive.</summary>
    public int ConsultingMinutes { get; set; } = DefaultConsultingMinutes;

    /// <summary>
    /// Raised by every change to the queue. The raise is the first write of those transactions, so it takes the
    /// lock that serialises them (the database file on SQLite, the programme's row on SQL Server).
    /// </summary>
    public int QueueVersion { get; set; }

    public List<Partner> Partners { get; set; } = [];

    public List<InterestRegistration> Registrations { get; set; } = [];

    public RegistrationWindow WindowAt(DateTime utcNow) =>
        RegistrationOpensAt is null || RegistrationClosesAt is null ? RegistrationWindow.NotScheduled
        : utcNow < RegistrationOpensAt ? RegistrationWindow.NotYetOpen
        : utcNow < RegistrationClosesAt ? RegistrationWindow.Open
        : RegistrationWindow.Closed;
}

public enum RegistrationWindow
{
    NotScheduled = 0,
    NotYetOpen = 1,
    Open = 2,
    Closed = 3,
}
