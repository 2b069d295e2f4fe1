using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

/// <summary>A Praxisbeispiel (BestPracticeExample), by default a finished 2024 collaboration with recycled material.</summary>
public sealed class ExampleBuilder() : ContentBuilder<ExampleBuilder, BestPracticeExample>("Praxisbeispiel")
{
    private OutputType _output = OutputType.ResidualMaterialRecycling;
    private int _yearFrom = 2024;
    private int? _yearTo = 2024;
    private bool _ongoing;
    private string _teaser = "Aus Restmaterial wurden neue Produkte.";
    private string _body = "Die Zusammenarbeit begann mit einer **Anfrage**.";
    private (int? Kg, int? Hours, int? People) _impact;
    private readonly List<Partner> _partners = [];
    private readonly List<SocialEnterprise> _enterprises = [];
    private readonly List<FieldOfWork> _fields = [];

    public ExampleBuilder WithOutput(OutputType output)
    {
        _output = output;
        return this;
    }

    public ExampleBuilder InYears(int from, int? to)
    {
        _yearFrom = from;
        _yearTo = to;
        _ongoing = false;
        return this;
    }

    /// <summary>Running since <paramref name="from"/> with no end year.</summary>
    public ExampleBuilder OngoingSince(int from)
    {
        _yearFrom = from;
        _yearTo = null;
        _ongoing = true;
        return this;
    }

    public ExampleBuilder WithTeaser(string teaser)
    {
        _teaser = teaser;
        return this;
    }

    public ExampleBuilder WithBody(string markdown)
    {
        _body = markdown;
        return this;
    }

    public ExampleBuilder WithImpact(int? materialKg, int? hours, int? people)
    {
        _impact = (materialKg, hours, people);
        return this;
    }

    /// <summary>Partners, new (e.g. from <see cref="PartnerBuilder"/>) or tracked by the same DbContext.</summary>
    public ExampleBuilder WithPartners(params Partner[] partners)
    {
        _partners.AddRange(partners);
        return this;
    }

    /// <summary>Sozialbetriebe, new (e.g. from <see cref="SocialEnterpriseBuilder"/>) or tracked by the same DbContext.</summary>
    public ExampleBuilder WithSocialEnterprises(params SocialEnterprise[] enterprises)
    {
        _enterprises.AddRange(enterprises);
        return this;
    }

    /// <summary>Fields of work tracked by the same DbContext, e.g. from <c>await db.FieldOfWorkAsync("Textil")</c>.</summary>
    public ExampleBuilder InFieldsOfWork(params FieldOfWork[] fields)
    {
        _fields.AddRange(fields);
        return this;
    }

    protected override BestPracticeExample Create() => new()
    {
        Title = Title,
        Teaser = _teaser,
        BodyMarkdown = _body,
        OutputType = _output,
        YearFrom = _yearFrom,
        YearTo = _yearTo,
        IsOngoing = _ongoing,
        MaterialReusedKg = _impact.Kg,
        ProgrammeWorkHours = _impact.Hours,
        PeopleEmployed = _impact.People,
        Partners = [.. _partners],
        SocialEnterprises = [.. _enterprises],
        FieldsOfWork = [.. _fields],
    };
}
