using Microsoft.AspNetCore.Mvc.ModelBinding;
using SozialProduziert.Web.Areas.Admin.ViewModels.Partners;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// The partner form's check of "published only in a version the firm approved", before anything is uploaded or
/// saved, so staff get a German message on the form. <see cref="ShowcasePublishGuard"/> enforces the same rule on save.
/// </summary>
internal static class PartnerPublishing
{
    public static async Task RefuseUnapprovedAsync(this ModelStateDictionary modelState, AppDbContext db, Partner? stored, PartnerInput input, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (input.State != PublishState.Published || !modelState.IsValid)
        {
            return;
        }

        if (stored is null)
        {
            modelState.AddModelError(nameof(PartnerInput.State),
                "Ein neuer Partner kann nicht gleich veröffentlicht werden: Die Firma muss ihre Auslage zuerst freigeben. Speichern Sie ihn als Entwurf und laden Sie die Firma unter „Zugang und Freigabe“ ein.");
            return;
        }

        // The page as it would be after this save; a new logo has no id yet and can never have been approved.
        var candidate = new Partner { LogoId = input.NewImages.Count > 0 ? -1 : input.RemoveLogo ? null : stored.LogoId };
        input.ApplyTo(candidate, utcNow);
        if (!await db.IsApprovedAsync(stored.Id, ShowcaseFingerprint.Of(candidate), cancellationToken))
        {
            modelState.AddModelError(nameof(PartnerInput.State), ShowcaseNotApprovedException.MessageFor(stored.Name) +
                " Um die Änderungen trotzdem zu sichern, speichern Sie sie als Entwurf – die Auslage ist dann offline, bis die Firma freigibt.");
        }
    }
}
