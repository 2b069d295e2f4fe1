namespace SozialProduziert.Web.Domain;

/// <summary>One line of a participating firm's consulting ledger, settled with the funding body.</summary>
public class ConsultingEntry
{
    public const int StepMinutes = 15;

    public int Id { get; set; }

    public int RegistrationId { get; set; }

    public InterestRegistration? Registration { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The KOMUNITAS consultant (staff, not a data subject).</summary>
    public string Consultant { get; set; } = "";

    public ConsultingKind Kind { get; set; }

    /// <summary>Duration in minutes, a multiple of <see cref="StepMinutes"/>.</summary>
    public int Minutes { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>The idea developed in the session.</summary>
    public string? Idea { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public enum ConsultingKind
{
    /// <summary>"Vor-Ort-Beratung": the ½ day in the firm.</summary>
    OnSite = 0,

    /// <summary>"Beratungsstunde": the further hours.</summary>
    ConsultingHour = 1,
}
