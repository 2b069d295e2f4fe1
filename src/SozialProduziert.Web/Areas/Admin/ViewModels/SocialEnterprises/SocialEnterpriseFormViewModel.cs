using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.SocialEnterprises;

/// <summary>The Sozialbetrieb edit page: the form with its choices, the enterprise's offers and its logo.</summary>
public sealed class SocialEnterpriseFormViewModel
{
    public required EditFormViewModel<SocialEnterpriseInput> Form { get; init; }

    public required IReadOnlyList<IdChoice> Districts { get; init; }

    public required IReadOnlyList<IdChoice> FieldsOfWork { get; init; }

    public required IReadOnlyList<IdChoice> QualityMarks { get; init; }

    public IReadOnlyList<IdChoice> Segments { get; } =
        Enum.GetValues<LabourMarketSegment>().Select(s => new IdChoice((int)s, s.Label())).ToList();

    public IReadOnlyList<EnterpriseOfferRow> Offers { get; init; } = [];

    /// <summary>The stored logo, shown above the upload field (<c>_LogoField</c>).</summary>
    public ImageViewModel? Logo { get; init; }

    /// <summary>Names of chosen ids, e.g. to show the stored version after a conflict.</summary>
    public static string Names(IReadOnlyList<IdChoice> choices, IEnumerable<int> ids) =>
        string.Join(", ", choices.Where(c => ids.Contains(c.Id)).Select(c => c.Label));
}

/// <summary>An offer of the Sozialbetrieb, linked from its edit page.</summary>
public sealed record EnterpriseOfferRow(int Id, string Title, OfferKind Kind, PublishState State);
