using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// The XSS corpus in every field a visitor can fill in on the public forms: interest registration, inquiry to a
/// Sozialbetrieb and to an offer, need, and the partner sign-in. Every form comes back with its errors (a payload is
/// never a valid e-mail address, so nothing is stored), never with a 500, and never with the payload unescaped.
/// </summary>
public class PublicFormXssTests(SharedDemoPortal demo) : IClassFixture<SharedDemoPortal>
{
    [Theory]
    [MemberData(nameof(XssCorpus.Indexes), MemberType = typeof(XssCorpus))]
    public async Task A_payload_in_every_field_of_every_public_form_is_never_reflected_unescaped(int index)
    {
        var payload = XssCorpus.Payloads[index];
        using var client = DistinctClients.From(demo.Portal, 1000 + index);
        var inquiriesBefore = await demo.Portal.WithDbAsync(db => db.Inquiries.CountAsync());

        foreach (var (formPage, action) in await FormsAsync())
        {
            var page = await client.OpenAsync(formPage);
            var form = page.Document.QuerySelector($"main form[action='{action}']") ?? throw new InvalidOperationException($"{formPage} has no form posting to {action}.");

            using var response = await client.SubmitFormAsync(action, Filled(form, payload), formPage);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {action} answered {(int)response.StatusCode}.");
            Assert.NotNull(HtmlPage.From(body).Document.QuerySelector(".form-errors"));
            var violations = HtmlSafety.Violations(body, payload);
            Assert.True(violations.Count == 0, $"POST {action}:\n" + string.Join("\n", violations));
        }

        Assert.Equal(inquiriesBefore, await demo.Portal.WithDbAsync(db => db.Inquiries.CountAsync()));
    }

    /// <summary>Each form's page and the address it posts to; the inquiry forms for the first public Sozialbetrieb and offer.</summary>
    private async Task<List<(string FormPage, string Action)>> FormsAsync()
    {
        var now = DateTime.UtcNow;
        var (enterprise, offer) = await demo.Portal.WithDbAsync(async db => (
            await db.SocialEnterprises.PubliclyVisible(now).OrderBy(s => s.Id).Select(s => s.Slug).FirstAsync(),
            await db.Offers.PubliclyVisibleOffers(db.SocialEnterprises, now).OrderBy(o => o.Id).Select(o => o.Slug).FirstAsync()));
        return
        [
            ("/mitmachen", "/mitmachen"),
            ($"/anfrage?sozialbetrieb={enterprise}", $"/anfrage?sozialbetrieb={enterprise}"),
            ($"/anfrage?angebot={offer}", $"/anfrage?angebot={offer}"),
            ("/bedarf", "/bedarf"),
            ("/mein-bereich/anmelden", "/mein-bereich/anmelden"),
        ];
    }

    /// <summary>The payload in every field a person fills in; hidden fields as the page sent them, the spam trap empty, boxes ticked.</summary>
    private static Dictionary<string, string> Filled(IElement form, string payload)
    {
        var fields = new Dictionary<string, string>();
        foreach (var field in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = field.GetAttribute("name")!;
            var type = field.GetAttribute("type") ?? "";
            if (name == "__RequestVerificationToken" || name == Honeypot.FieldName)
            {
                continue;
            }

            fields[name] = type switch
            {
                "hidden" => field.GetAttribute("value") ?? "",
                "checkbox" => field.GetAttribute("value") ?? "true",
                "radio" => fields.GetValueOrDefault(name, payload),
                _ => payload,
            };
        }

        return fields;
    }
}
