using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Services.Catalog;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>Form posts of the partner area and of the staff partner form, as a browser sends them.</summary>
public static class PartnerForms
{
    /// <summary>The staff partner form filled with the stored partner, with the given state and teaser.</summary>
    public static async Task<Dictionary<string, string>> StaffFieldsAsync(PortalFactory portal, int partnerId, string state, string? teaser = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var partner = await portal.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Id == partnerId));
        return new Dictionary<string, string>
        {
            ["Name"] = partner.Name,
            ["Slug"] = partner.Slug,
            ["State"] = state,
            ["Kind"] = PartnerKinds.UrlKey(partner.Kind),
            ["DistrictId"] = partner.DistrictId.ToString(CultureInfo.InvariantCulture),
            ["Sector"] = partner.Sector ?? "",
            ["Website"] = partner.Website ?? "",
            ["Teaser"] = teaser ?? partner.Teaser,
            ["ShowcaseMarkdown"] = partner.ShowcaseMarkdown,
            ["ProgrammeId"] = partner.ProgrammeId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["PublishAtLocal"] = "",
            ["Version"] = partner.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    public static Task<HttpResponseMessage> SaveAsStaffAsync(HttpClient staff, int partnerId, Dictionary<string, string> fields) =>
        staff.SubmitMultipartAsync($"/admin/partner/{partnerId}", fields, null);

    /// <summary>The firm presses "Diese Fassung freigeben" on its start page.</summary>
    public static async Task<HttpResponseMessage> ApproveAsFirmAsync(HttpClient firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        var page = await firm.OpenAsync("/mein-bereich");
        var hash = page.Document.QuerySelector("form[action='/mein-bereich/auslage/freigeben'] input[name=Hash]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The start page offers no approval.");
        return await firm.SubmitFormAsync("/mein-bereich/auslage/freigeben", new() { ["Hash"] = hash }, formPage: "/mein-bereich");
    }

    public static async Task<HttpResponseMessage> RequestChangesAsFirmAsync(HttpClient firm, string comment)
    {
        ArgumentNullException.ThrowIfNull(firm);
        var page = await firm.OpenAsync("/mein-bereich");
        var hash = page.Document.QuerySelector("#aenderungen input[name=Hash]")!.GetAttribute("value")!;
        return await firm.SubmitFormAsync("/mein-bereich/auslage/aenderungen", new() { ["Hash"] = hash, ["Comment"] = comment }, formPage: "/mein-bereich");
    }
}
