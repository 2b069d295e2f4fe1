using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Inquiries;

/// <summary>Needs submitted through the real form, and what staff do with them through the real inbox.</summary>
public static partial class InquiryKit
{
    /// <summary>Submits a need at /bedarf as a visitor would and returns its id.</summary>
    public static async Task<int> SubmitNeedAsync(this PortalFactory portal, string email = "einkauf@stadtwerke.example", string organisation = "Stadtwerke Amstetten")
    {
        ArgumentNullException.ThrowIfNull(portal);
        var fields = InquiryForms.Need(ReferenceData.DistrictId("Amstetten"), email);
        fields["Organisation"] = organisation;

        // No deadline: tests move the clock by years, and a deadline in the past is (rightly) refused.
        fields["Deadline"] = "";
        using var response = await portal.CreateBrowser().SubmitFormAsync("/bedarf", fields);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"/bedarf answered {(int)response.StatusCode}.");
        }

        return await portal.WithDbAsync(db => db.Inquiries.Where(i => i.Email == email).OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync());
    }

    /// <summary>Presses a status button on the inquiry's page; <paramref name="expected"/> is the status the page showed.</summary>
    public static Task<HttpResponseMessage> MoveAsync(this HttpClient staff, int id, string expected, string target) =>
        staff.SubmitFormAsync($"/admin/anfragen/{id}/status", new() { ["expected"] = expected, ["target"] = target }, $"/admin/anfragen/{id}");

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The token of the follow-up link in the newest follow-up mail.</summary>
    public static async Task<string> FollowUpTokenAsync(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var body = await portal.WithDbAsync(db => db.OutboxMails.Where(m => m.Purpose == MailPurposes.FollowUp).OrderByDescending(m => m.Id).Select(m => m.TextBody).FirstAsync());
        return FollowUpLink().Match(body).Groups[1].Value;
    }

    [GeneratedRegex(@"/rueckmeldung\?code=([A-Za-z0-9_-]{43})")]
    private static partial Regex FollowUpLink();
}
