using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Inquiries;

/// <summary>"Bedarf melden" at /bedarf: every field stored, German validation, the two mails, the links to it.</summary>
public class NeedFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_need_is_stored_with_every_field_and_confirmed_by_mail()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Now) };
        var client = portal.CreateBrowser();
        var amstetten = ReferenceData.DistrictId("Amstetten");

        using var response = await client.SubmitFormAsync("/bedarf", InquiryForms.Need(amstetten));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/bedarf/danke", response.Headers.Location?.OriginalString);
        var need = await portal.WithDbAsync(db => db.Inquiries.SingleAsync());
        Assert.Equal((InquiryKind.Need, (OutputType?)OutputType.ResidualMaterialRecycling, (int?)amstetten), (need.Kind, need.NeedKind, need.DistrictId));
        Assert.Equal(("300 kg", "zweimal im Jahr", (DateOnly?)new DateOnly(2027, 3, 31)), (need.Quantity, need.Frequency, need.Deadline));
        Assert.Equal(("Stadtwerke Amstetten", "Karl Huber", "einkauf@stadtwerke.example", (string?)null), (need.Organisation, need.ContactPerson, need.Email, need.Phone));
        var mails = await portal.WithDbAsync(db => db.OutboxMails.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([MailPurposes.NeedConfirmation, MailPurposes.StaffNotification], mails.Select(m => m.Purpose));
        Assert.Equal("Ihre Bedarfsmeldung bei sozialproduziert ist eingelangt", mails[0].Subject);
        Assert.Equal($"Neuer Bedarf Nr. {need.Id}: Reststoff wiederverwerten (Amstetten)", mails[1].Subject);
        Assert.Contains("Gewünscht bis: 31.03.2027", mails[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_picker_value_is_accepted_too()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Now) };
        var fields = InquiryForms.Need(ReferenceData.DefaultDistrictId);
        fields["Deadline"] = "2027-01-15";

        using var response = await portal.CreateBrowser().SubmitFormAsync("/bedarf", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2027, 1, 15), (await portal.WithDbAsync(db => db.Inquiries.SingleAsync())).Deadline);
    }

    [Theory]
    [InlineData("Kind", "", "#Kind", "Bitte wählen Sie, worum es geht.")]
    [InlineData("Kind", "irgendwas", "#Kind", "Bitte wählen Sie eine der angebotenen Möglichkeiten.")]
    [InlineData("Description", "", "#Description", "Bitte beschreiben Sie Ihren Bedarf.")]
    [InlineData("Deadline", "31.02.2027", "#Deadline", "Bitte geben Sie das Datum als TT.MM.JJJJ ein, z. B. 31.03.2027.")]
    [InlineData("Deadline", "26.11.2026", "#Deadline", "Dieses Datum liegt in der Vergangenheit. Bitte geben Sie einen Termin ab heute an.")]
    [InlineData("DistrictId", "", "#DistrictId", "Bitte wählen Sie den Bezirk.")]
    [InlineData("DistrictId", "99", "#DistrictId", "Bitte wählen Sie einen Bezirk aus der Liste.")]
    [InlineData("Organisation", " ", "#Organisation", "Bitte geben Sie Ihr Unternehmen oder Ihre Organisation an.")]
    [InlineData("Phone", "ruf mich an", "#Phone", "Bitte geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen und + / - ( ) ein, z. B. +43 2742 123 45.")]
    [InlineData("Consent", "false", "#Consent", "Bitte bestätigen Sie, dass wir Ihre Angaben für diese Anfrage verarbeiten dürfen.")]
    public async Task Each_wrong_field_gets_its_German_message_and_the_rest_stays_as_typed(string field, string value, string anchor, string message)
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Now) };
        var fields = InquiryForms.Need(ReferenceData.DistrictId("Amstetten"));
        fields[field] = value;

        using var response = await portal.CreateBrowser().SubmitFormAsync("/bedarf", fields);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(anchor, message)], page.QuerySelectorAll(".form-errors a").Select(a => (a.GetAttribute("href")!, a.TextContent)).ToList());
        Assert.Equal("Karl Huber", page.QuerySelector("#ContactPerson")?.GetAttribute("value"));
        Assert.Equal("300 kg", page.QuerySelector("#Quantity")?.GetAttribute("value"));

        // The summary links to the radio group's fieldset; its radios carry the invalid state, every other field its own.
        var control = field == "Kind" ? page.QuerySelector("#Kind input") : page.QuerySelector(anchor);
        Assert.Equal("true", control?.GetAttribute("aria-invalid"));
        Assert.Contains(field + "-error", control?.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".form-errors[autofocus]"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Inquiries.CountAsync()));
    }

    [Fact]
    public async Task An_empty_form_lists_its_errors_in_the_order_of_the_fields()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Now) };

        using var response = await portal.CreateBrowser().SubmitFormAsync("/bedarf", new() { ["Deadline"] = "bald" });
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(
            ["#Kind", "#Description", "#Deadline", "#DistrictId", "#Organisation", "#ContactPerson", "#Email", "#Consent"],
            page.QuerySelectorAll(".form-errors a").Select(a => a.GetAttribute("href")));
        Assert.Equal("bald", page.QuerySelector("#Deadline")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_footer_and_the_home_page_link_to_the_need_form_and_its_consent_links_to_the_privacy_page()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateBrowser();

        var home = await client.OpenAsync("/");
        var form = await client.OpenAsync("/bedarf");

        Assert.NotNull(home.Document.QuerySelector("footer a[href='/bedarf']"));
        Assert.NotNull(home.Document.QuerySelector("main a[href='/bedarf']"));
        Assert.Equal("Bedarf melden", form.H1);
        Assert.NotNull(form.Document.QuerySelector("label[for=Consent] a[href='/datenschutz']"));
        Assert.Equal(24, form.Document.QuerySelectorAll("#DistrictId option[value]:not([value=''])").Length);
        Assert.Equal(4, form.Document.QuerySelectorAll("input[type=radio][name=Kind]").Length);
    }
}
