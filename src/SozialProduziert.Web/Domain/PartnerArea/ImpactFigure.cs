namespace SozialProduziert.Web.Domain.PartnerArea;

/// <summary>
/// A number that shows what a collaboration achieved, attributed to one firm and attached to a Praxisbeispiel
/// or to a closed inquiry (the follow-up answer gives its order value). Both sides confirm it: the firm in <c>/mein-bereich</c>, the Sozialbetrieb through
/// staff (it has no account). Changing what the figure says removes both confirmations.
/// </summary>
public class ImpactFigure
{
    public int Id { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public int? ExampleId { get; set; }

    public BestPracticeExample? Example { get; set; }

    /// <summary>The closed inquiry the figure belongs to, when not to an example (exactly one of the two is set).</summary>
    public int? InquiryId { get; set; }

    public Inquiry? Inquiry { get; set; }

    /// <summary>The Sozialbetrieb whose work the figure describes and who confirms it.</summary>
    public int SocialEnterpriseId { get; set; }

    public SocialEnterprise? SocialEnterprise { get; set; }

    public ImpactKind Kind { get; set; }

    public decimal Value { get; set; }

    public int Year { get; set; }

    /// <summary>Where the number comes from, e.g. "Wiegescheine der Abholungen 2025".</summary>
    public string Source { get; set; } = "";

    /// <summary>How it was determined, e.g. "Summe der Wiegescheine, ohne Verpackung".</summary>
    public string MethodNote { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Raised on every save; a stale form cannot overwrite a newer figure.</summary>
    public int Version { get; set; }

    public DateTime? PartnerConfirmedAt { get; set; }

    public string? PartnerConfirmedBy { get; set; }

    public string? PartnerConfirmedByUserId { get; set; }

    public DateTime? EnterpriseConfirmedAt { get; set; }

    /// <summary>The person at the Sozialbetrieb who confirmed the number.</summary>
    public string? EnterpriseConfirmedBy { get; set; }

    /// <summary>The staff account that recorded the Sozialbetrieb's confirmation.</summary>
    public string? EnterpriseConfirmationRecordedBy { get; set; }

    public bool IsFullyConfirmed => PartnerConfirmedAt is not null && EnterpriseConfirmedAt is not null;

    public string Unit => Kind.Unit();

    /// <summary>Sets what the figure says; if anything changed, both confirmations are gone. Returns true on a change.</summary>
    public bool Change(ImpactKind kind, decimal value, int year, string source, string methodNote, int socialEnterpriseId)
    {
        var changed = kind != Kind || value != Value || year != Year || source != Source || methodNote != MethodNote || socialEnterpriseId != SocialEnterpriseId;
        (Kind, Value, Year, Source, MethodNote, SocialEnterpriseId) = (kind, value, year, source, methodNote, socialEnterpriseId);
        if (changed)
        {
            ClearConfirmations();
        }

        return changed;
    }

    public void ClearConfirmations()
    {
        (PartnerConfirmedAt, PartnerConfirmedBy, PartnerConfirmedByUserId) = (null, null, null);
        (EnterpriseConfirmedAt, EnterpriseConfirmedBy, EnterpriseConfirmationRecordedBy) = (null, null, null);
    }
}

/// <summary>The kinds of impact figures the CSR report knows, each with a fixed unit.</summary>
public enum ImpactKind
{
    MaterialDivertedKg = 0,
    WorkHoursSecondLabourMarket = 1,
    WorkHoursThirdLabourMarket = 2,
    PeopleEmployed = 3,
    OrderValueEur = 4,
}

public static class ImpactKinds
{
    public static string Unit(this ImpactKind kind) => kind switch
    {
        ImpactKind.MaterialDivertedKg => "kg",
        ImpactKind.WorkHoursSecondLabourMarket or ImpactKind.WorkHoursThirdLabourMarket => "h",
        ImpactKind.PeopleEmployed => "Personen",
        ImpactKind.OrderValueEur => "EUR",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Label(this ImpactKind kind) => kind switch
    {
        ImpactKind.MaterialDivertedKg => "Material, das nicht zu Abfall wurde",
        ImpactKind.WorkHoursSecondLabourMarket => "Arbeitsstunden im Sozialbetrieb, 2. Arbeitsmarkt",
        ImpactKind.WorkHoursThirdLabourMarket => "Arbeitsstunden im Sozialbetrieb, 3. Arbeitsmarkt",
        ImpactKind.PeopleEmployed => "Beschäftigte Personen",
        ImpactKind.OrderValueEur => "Auftragswert",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Stable machine key for CSV and JSON exports.</summary>
    public static string Key(this ImpactKind kind) => kind switch
    {
        ImpactKind.MaterialDivertedKg => "material_diverted_kg",
        ImpactKind.WorkHoursSecondLabourMarket => "work_hours_2nd_labour_market",
        ImpactKind.WorkHoursThirdLabourMarket => "work_hours_3rd_labour_market",
        ImpactKind.PeopleEmployed => "people_employed",
        ImpactKind.OrderValueEur => "order_value_eur",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Decimal places a value of this kind may have: people are whole, hours come in quarters, money has cents.</summary>
    public static int Decimals(this ImpactKind kind) => kind switch
    {
        ImpactKind.PeopleEmployed => 0,
        ImpactKind.MaterialDivertedKg => 1,
        _ => 2,
    };
}
