using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

public sealed class PartnerBuilder() : ContentBuilder<PartnerBuilder, Partner>("Partnerfirma")
{
    private PartnerKind _kind = PartnerKind.Company;
    private int _districtId = ReferenceData.DefaultDistrictId;
    private string? _sector = "Bauwesen";
    private string _teaser = "Regionaler Betrieb, der Aufträge an Sozialbetriebe vergibt.";
    private string _showcase = "Wir setzen auf **soziale Produktion** in der Region.";

    public PartnerBuilder OfKind(PartnerKind kind)
    {
        _kind = kind;
        return this;
    }

    public PartnerBuilder InDistrict(int districtId)
    {
        _districtId = districtId;
        return this;
    }

    public PartnerBuilder InDistrict(string name) => InDistrict(ReferenceData.DistrictId(name));

    public PartnerBuilder InSector(string? sector)
    {
        _sector = sector;
        return this;
    }

    public PartnerBuilder WithTeaser(string teaser)
    {
        _teaser = teaser;
        return this;
    }

    public PartnerBuilder WithShowcase(string markdown)
    {
        _showcase = markdown;
        return this;
    }

    protected override Partner Create() => new()
    {
        Name = Title,
        Kind = _kind,
        DistrictId = _districtId,
        Sector = _sector,
        Teaser = _teaser,
        ShowcaseMarkdown = _showcase,
    };
}
