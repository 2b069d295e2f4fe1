using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.Inquiries;

/// <summary>The spam trap and the rate limit refuse bots without losing what people sent.</summary>
public class FormProtectionTests
{
    [Fact]
    public async Task A_filled_honeypot_looks_like_success_but_stores_and_mails_nothing()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new SocialEnterpriseBuilder().WithSlug("sonnenhof").Build()));
        var client = portal.CreateBrowser();
        var need = InquiryForms.Need(ReferenceData.DefaultDistrictId);
        need[Honeypot.FieldName] = "https://spam.example";
        var request = InquiryForms.Request();
        request[Honeypot.FieldName] = "https://spam.example";

        using var needAnswer = await client.SubmitFormAsync("/bedarf", need);
        using var requestAnswer = await client.SubmitFormAsync("/anfrage?sozialbetrieb=sonnenhof", request);
        using var legitimate = await client.SubmitFormAsync("/bedarf", InquiryForms.Need(ReferenceData.DefaultDistrictId, email: "echt@beispiel.at"));

        Assert.Equal(("/bedarf/danke", "/anfrage/danke"), (needAnswer.Headers.Location?.OriginalString, requestAnswer.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.Redirect, legitimate.StatusCode);
        Assert.Equal(["echt@beispiel.at"], await portal.WithDbAsync(db => db.Inquiries.Select(i => i.Email).ToListAsync()));
        Assert.Equal(2, await portal.WithDbAsync(db => db.OutboxMails.CountAsync()));
    }

    [Fact]
    public async Task Ten_submissions_per_client_pass_the_eleventh_is_refused_and_other_clients_and_reading_are_not_affected()
    {
        await using var portal = new PortalFactory();
        var host = portal.WithClientAddresses();
        var busy = host.CreateBrowserFrom("203.0.113.7");
        var other = host.CreateBrowserFrom("198.51.100.23");
        var token = await busy.AntiforgeryTokenAsync("/bedarf");

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 11; i++)
        {
            var fields = InquiryForms.Need(ReferenceData.DefaultDistrictId, email: $"person{i}@beispiel.at");
            fields["__RequestVerificationToken"] = token;
            using var content = new FormUrlEncodedContent(fields);
            using var response = await busy.PostAsync("/bedarf", content);
            statuses.Add(response.StatusCode);
        }

        using var stillReadable = await busy.GetAsync("/bedarf");
        using var otherClient = await other.SubmitFormAsync("/bedarf", InquiryForms.Need(ReferenceData.DefaultDistrictId, email: "andere@beispiel.at"));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Redirect, 10).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(HttpStatusCode.OK, stillReadable.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, otherClient.StatusCode);
        var stored = await portal.WithDbAsync(db => db.Inquiries.Select(i => i.Email).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"person{i}@beispiel.at").Append("andere@beispiel.at").Order(), stored.Order());
    }
}
