using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

/// <summary>An offer by a new Sozialbetrieb (unless <see cref="By(SocialEnterprise)"/> names one) in the field "Holz".</summary>
public sealed class OfferBuilder() : ContentBuilder<OfferBuilder, Offer>("Angebot")
{
    private OfferKind _kind = OfferKind.Product;
    private string _fieldOfWork = ReferenceData.DefaultFieldOfWork;
    private string _description = "Gefertigt in unserer Werkstatt in **Kleinserie**.";
    private string? _price = "ab € 4,50 pro Stück";
    private SocialEnterprise? _enterprise;
    private int? _enterpriseId;

    public OfferBuilder OfKind(OfferKind kind)
    {
        _kind = kind;
        return this;
    }

    /// <summary>The field of work by name, e.g. "Textil" (see ReferenceDataSeeder.DefaultFieldsOfWork).</summary>
    public OfferBuilder InFieldOfWork(string name)
    {
        _fieldOfWork = name;
        return this;
    }

    public OfferBuilder WithDescription(string markdown)
    {
        _description = markdown;
        return this;
    }

    public OfferBuilder WithPrice(string? indicativePrice)
    {
        _price = indicativePrice;
        return this;
    }

    /// <summary>Offered by this enterprise (new or tracked by the same DbContext).</summary>
    public OfferBuilder By(SocialEnterprise enterprise)
    {
        _enterprise = enterprise;
        _enterpriseId = null;
        return this;
    }

    /// <summary>Offered by an enterprise already saved.</summary>
    public OfferBuilder By(int socialEnterpriseId)
    {
        _enterpriseId = socialEnterpriseId;
        _enterprise = null;
        return this;
    }

    protected override Offer Create()
    {
        var offer = new Offer
        {
            Title = Title,
            Kind = _kind,
            DescriptionMarkdown = _description,
            FieldOfWorkId = ReferenceData.FieldOfWorkId(_fieldOfWork),
            IndicativePrice = _price,
        };
        if (_enterpriseId is { } id)
        {
            offer.SocialEnterpriseId = id;
        }
        else
        {
            offer.SocialEnterprise = _enterprise ?? new SocialEnterpriseBuilder().Build();
        }

        return offer;
    }
}
