using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Partners;

/// <summary>A partner as a card in the showcase list.</summary>
public sealed class PartnerCardViewModel
{
    public int Id { get; init; }

    public string Slug { get; init; } = "";

    public string Name { get; init; } = "";

    public PartnerKind Kind { get; init; }

    public string? Sector { get; init; }

    public string District { get; init; } = "";

    public string Teaser { get; init; } = "";

    public int? LogoId { get; init; }

    public ImageViewModel? Logo { get; set; }
}
