using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.ViewModels.Inquiries;

/// <summary>"Anfrage senden" to a Sozialbetrieb or about one of its offers.</summary>
public sealed class RequestInput : ContactInput
{
    [Required(ErrorMessage = "Bitte beschreiben Sie kurz, worum es geht.")]
    [StringLength(4000, ErrorMessage = "Die Nachricht darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Ihre Nachricht")]
    public string Message { get; set; } = "";

    [StringLength(200, ErrorMessage = "Die Menge darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Menge")]
    public string? Quantity { get; set; }

    public Inquiry ToInquiry(RequestTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var inquiry = new Inquiry
        {
            Kind = InquiryKind.Request,
            SocialEnterpriseId = target.SocialEnterpriseId,
            OfferId = target.OfferId,
            Topic = target.Topic,
            Description = Message.Trim(),
            Quantity = Trimmed(Quantity),
        };
        ApplyContactTo(inquiry);
        return inquiry;
    }
}

/// <summary>What an inquiry is about: a Sozialbetrieb, or an offer (and so its Sozialbetrieb).</summary>
public sealed record RequestTarget(int SocialEnterpriseId, int? OfferId, string EnterpriseName, string? OfferTitle, string FormUrl, string BackUrl)
{
    public string Topic => OfferTitle is null ? EnterpriseName : $"{OfferTitle} ({EnterpriseName})";
}

public sealed class RequestFormViewModel
{
    public required RequestInput Input { get; init; }

    public required RequestTarget Target { get; init; }
}
