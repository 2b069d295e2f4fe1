using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Offers;

/// <summary>The offer edit page: the form with its choices; the gallery rows are part of the input.</summary>
public sealed class OfferFormViewModel
{
    public required EditFormViewModel<OfferInput> Form { get; init; }

    public required IReadOnlyList<IdChoice> Enterprises { get; init; }

    public required IReadOnlyList<IdChoice> FieldsOfWork { get; init; }

    public IReadOnlyList<IdChoice> Kinds { get; } =
        Enum.GetValues<OfferKind>().Select(k => new IdChoice((int)k, k.Label())).ToList();

    /// <summary>True when the form comes back (errors, preview, conflict) although files were chosen: they were not saved.</summary>
    public bool FilesDiscarded { get; init; }

    public static string NameOf(IReadOnlyList<IdChoice> choices, int? id) => choices.FirstOrDefault(c => c.Id == id)?.Label ?? "";
}
