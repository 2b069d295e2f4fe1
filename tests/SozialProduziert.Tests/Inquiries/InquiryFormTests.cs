using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Inquiries;

/// <summary>"Anfrage senden": from the link on a profile or offer to the stored inquiry and its two mails.</summary>
public class InquiryFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Profile_and_offer_pages_link_to_the_form_and_carry_no_form_or_token_themselves()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Werkstatt Sonnenhof").WithSlug("sonnenhof").Build();
            db.Add(new OfferBuilder().Titled("Weinkiste aus Lärche").WithSlug("weinkiste").By(enterprise).Build());
        });
        var client = portal.CreateBrowser();

        var profile = await client.OpenAsync("/sozialbetriebe/sonnenhof");
        var offer = await client.OpenAsync("/angebote/weinkiste");

        Assert.Equal("/anfrage?sozialbetrieb=sonnenhof", profile.Document.QuerySelector("p.inquiry a")?.GetAttribute("href"));
        Assert.Equal("/anfrage?angebot=weinkiste", offer.Document.QuerySelector("p.inquiry a")?.GetAttribute("href"));
        foreach (var page in new[] { profile, offer })
        {
            Assert.DoesNotContain("__RequestVerificationToken", page.Html, StringComparison.Ordinal);
            Assert.Null(page.Document.QuerySelector("main form[method=post]"));
        }
    }

    [Fact]
    public async Task An_inquiry_about_an_offer_is_stored_with_its_Sozialbetrieb_and_mailed_to_the_requester_and_KOMUNITAS()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Now) };
        var (enterpriseId, offerId) = await portal.WithDbAsync(async db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Werkstatt Sonnenhof").WithSlug("sonnenhof").Build();
            var offer = new OfferBuilder().Titled("Weinkiste aus Lärche").WithSlug("weinkiste").By(enterprise).Build();
            db.Add(offer);
            await db.SaveChangesAsync();
            return (enterprise.Id, offer.Id);
        });
        var client = portal.CreateBrowser();

        var form = await client.OpenAsync("/anfrage?angebot=weinkiste");
        using var sent = await client.SubmitFormAsync("/anfrage?angebot=weinkiste", InquiryForms.Request());

        Assert.Equal("Anfrage zu Weinkiste aus Lärche", form.H1);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/anfrage/danke", sent.Headers.Location?.OriginalString);
        Assert.Equal("Vielen Dank für Ihre Anfrage", (await client.OpenAsync("/anfrage/danke")).H1);
        var inquiry = await portal.WithDbAsync(db => db.Inquiries.SingleAsync());
        Assert.Equal((InquiryKind.Request, enterpriseId, (int?)offerId, "Weinkiste aus Lärche (Werkstatt Sonnenhof)"), (inquiry.Kind, inquiry.SocialEnterpriseId.GetValueOrDefault(), inquiry.OfferId, inquiry.Topic));
        Assert.Equal(("Weingut Berger", "Maria Berger", "maria.berger@beispiel.at", "+43 2742 123 45", "200 Stück"), (inquiry.Organisation, inquiry.ContactPerson, inquiry.Email, inquiry.Phone, inquiry.Quantity));
        Assert.Equal((InquiryStatus.New, Now.UtcDateTime, Now.UtcDateTime), (inquiry.Status, inquiry.ReceivedAt, inquiry.ConsentedAt));

        var mails = await portal.WithDbAsync(db => db.OutboxMails.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([MailPurposes.InquiryConfirmation, MailPurposes.StaffNotification], mails.Select(m => m.Purpose));
        Assert.Equal("maria.berger@beispiel.at", mails[0].ToAddress);
        Assert.Contains($"unter der Nummer {inquiry.Id} bei uns eingelangt", mails[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("Wir brauchen 200 Weinkisten", mails[0].HtmlBody, StringComparison.Ordinal);
        Assert.Equal("sopro@komunitas.example", mails[1].ToAddress);
        Assert.Contains("maria.berger@beispiel.at", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains($"/admin/anfragen/{inquiry.Id}", mails[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_is_answered_in_German_with_everything_typed_kept_and_errors_linked_to_their_fields()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new SocialEnterpriseBuilder().WithSlug("sonnenhof").Build()));
        var client = portal.CreateBrowser();
        var fields = InquiryForms.Request(email: "keine-adresse");
        fields["Message"] = "";
        fields.Remove("Consent");

        using var response = await client.SubmitFormAsync("/anfrage?sozialbetrieb=sonnenhof", fields);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = page.QuerySelectorAll(".form-errors a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal(["#Message", "#Email", "#Consent"], summary.Select(s => s.Item1));
        Assert.Contains(("#Message", "Bitte beschreiben Sie kurz, worum es geht."), summary);
        Assert.Contains(("#Email", "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. office@beispiel.at."), summary);
        Assert.Contains(("#Consent", "Bitte bestätigen Sie, dass wir Ihre Angaben für diese Anfrage verarbeiten dürfen."), summary);
        Assert.Equal("keine-adresse", page.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Equal("Weingut Berger", page.QuerySelector("#Organisation")?.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#Email")?.GetAttribute("aria-invalid"));
        Assert.Contains("Email-error", page.QuerySelector("#Email")?.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Inquiries.CountAsync()));
        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboxMails.CountAsync()));
    }

    [Fact]
    public async Task Hidden_and_unknown_Sozialbetriebe_and_offers_have_no_form_and_a_bare_address_leads_to_the_need_form()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new SocialEnterpriseBuilder().WithSlug("entwurf").Draft().Build(),
            new OfferBuilder().WithSlug("angebot-entwurf").Draft().Build()));
        var client = portal.CreateBrowser();

        foreach (var url in new[] { "/anfrage?sozialbetrieb=entwurf", "/anfrage?sozialbetrieb=gibt-es-nicht", "/anfrage?angebot=angebot-entwurf", "/anfrage?sozialbetrieb=%3Cx%3E" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}.");
        }

        using var bare = await client.GetAsync("/anfrage");
        Assert.Equal("/bedarf", bare.Headers.Location?.OriginalString);
    }
}
