namespace SozialProduziert.Web.Domain;

/// <summary>A Praxisbeispiel: a past or ongoing collaboration between partners and Sozialbetriebe.</summary>
public class BestPracticeExample : PublishableContent
{
    public string Title { get; set; } = "";

    public string Teaser { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    public int YearFrom { get; set; }

    /// <summary>Last year of the collaboration; null while it is open-ended.</summary>
    public int? YearTo { get; set; }

    public bool IsOngoing { get; set; }

    public OutputType OutputType { get; set; }

    public int? MaterialReusedKg { get; set; }

    /// <summary>Hours of work done by people in employment programmes.</summary>
    public int? ProgrammeWorkHours { get; set; }

    public int? PeopleEmployed { get; set; }

    public string? QuoteText { get; set; }

    public string? QuoteAuthor { get; set; }

    public List<Partner> Partners { get; set; } = [];

    public List<SocialEnterprise> SocialEnterprises { get; set; } = [];

    public List<FieldOfWork> FieldsOfWork { get; set; } = [];

    public List<ExampleImage> Images { get; set; } = [];

    public override IEnumerable<string?> SearchableFields() => [Title, Teaser, BodyMarkdown, QuoteText];

    /// <summary>True when the collaboration ran in the given year.</summary>
    public static bool CoversYear(int yearFrom, int? yearTo, bool isOngoing, int year) =>
        yearFrom <= year && (isOngoing || (yearTo ?? yearFrom) >= year);
}

/// <summary>What a collaboration produced, the four outputs the SoPro project names.</summary>
public enum OutputType
{
    ResidualMaterialRecycling = 0,
    ProcessSubstitution = 1,
    GiveAwaysAndCustomProducts = 2,
    Service = 3,
}

public class ExampleImage
{
    public int ExampleId { get; set; }

    public int MediaImageId { get; set; }

    public MediaImage? MediaImage { get; set; }

    public int SortOrder { get; set; }
}
