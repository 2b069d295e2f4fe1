using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

public sealed class SocialEnterpriseBuilder() : ContentBuilder<SocialEnterpriseBuilder, SocialEnterprise>("Sozialbetrieb")
{
    private LabourMarketSegment _segment = LabourMarketSegment.SocialEconomicEnterprise;
    private int _districtId = ReferenceData.DefaultDistrictId;
    private string _teaser = "Holzwerkstatt mit Transitarbeitsplätzen.";
    private string _profile = "Wir fertigen **Möbel** und Kleinserien aus Holz.";
    private string? _town = "St. Pölten";
    private readonly List<FieldOfWork> _fields = [];
    private readonly List<QualityMark> _marks = [];

    public SocialEnterpriseBuilder InSegment(LabourMarketSegment segment)
    {
        _segment = segment;
        return this;
    }

    public SocialEnterpriseBuilder InDistrict(int districtId)
    {
        _districtId = districtId;
        return this;
    }

    public SocialEnterpriseBuilder InDistrict(string name) => InDistrict(ReferenceData.DistrictId(name));

    public SocialEnterpriseBuilder InTown(string? town)
    {
        _town = town;
        return this;
    }

    public SocialEnterpriseBuilder WithTeaser(string teaser)
    {
        _teaser = teaser;
        return this;
    }

    public SocialEnterpriseBuilder WithProfile(string markdown)
    {
        _profile = markdown;
        return this;
    }

    /// <summary>Fields of work tracked by the same DbContext, e.g. from <c>await db.FieldOfWorkAsync("Holz")</c>.</summary>
    public SocialEnterpriseBuilder InFieldsOfWork(params FieldOfWork[] fields)
    {
        _fields.AddRange(fields);
        return this;
    }

    /// <summary>Quality marks tracked by the same DbContext, e.g. from <c>await db.QualityMarkAsync("goodworks")</c>.</summary>
    public SocialEnterpriseBuilder WithQualityMarks(params QualityMark[] marks)
    {
        _marks.AddRange(marks);
        return this;
    }

    protected override SocialEnterprise Create() => new()
    {
        Name = Title,
        Teaser = _teaser,
        ProfileMarkdown = _profile,
        Segment = _segment,
        DistrictId = _districtId,
        Town = _town,
        Email = $"office{Number}@sozialbetrieb.example",
        FieldsOfWork = [.. _fields],
        QualityMarks = [.. _marks],
    };
}
