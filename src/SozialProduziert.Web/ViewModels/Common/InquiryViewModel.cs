namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>The "Anfrage senden" call to action on profiles and offers: a link to the inquiry form about this item.</summary>
public sealed record InquiryViewModel(string EnterpriseName, string FormUrl)
{
    public static InquiryViewModel ForEnterprise(string name, string slug) => new(name, "/anfrage?sozialbetrieb=" + Uri.EscapeDataString(slug));

    public static InquiryViewModel ForOffer(string enterpriseName, string offerSlug) => new(enterpriseName, "/anfrage?angebot=" + Uri.EscapeDataString(offerSlug));
}
