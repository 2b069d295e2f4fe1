using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>Contact data typed by staff becomes link targets that cannot carry anything but what they claim to be.</summary>
public class ContactLinksTests
{
    [Theory]
    [InlineData("+43 2742 123 45", "tel:+43274212345")]
    [InlineData("02742 / 123-45", "tel:0274212345")]
    [InlineData("  +43 (0) 664 1234567 ", "tel:+4306641234567")]
    [InlineData("auf Anfrage", null)]
    [InlineData("", null)]
    public void Phone_numbers_become_tel_links_of_digits(string phone, string? expected) =>
        Assert.Equal(expected, ContactLinks.Tel(phone));

    [Theory]
    [InlineData("office@betrieb.at", "Anfrage über sozialproduziert: Kiste & Co", "mailto:office@betrieb.at?subject=Anfrage%20%C3%BCber%20sozialproduziert%3A%20Kiste%20%26%20Co")]
    [InlineData("office@betrieb.at", null, "mailto:office@betrieb.at")]
    [InlineData("office@betrieb.at?bcc=x@y.at", null, null)]
    [InlineData("zwei@@betrieb.at", null, null)]
    [InlineData("kein-at-zeichen", null, null)]
    [InlineData("javascript:alert(1)//@x.at", null, null)]
    public void Email_addresses_become_mailto_links_only_when_plausible(string email, string? subject, string? expected) =>
        Assert.Equal(expected, ContactLinks.Mailto(email, subject));

    [Theory]
    [InlineData("www.betrieb.at", "https://www.betrieb.at/")]
    [InlineData("http://betrieb.at/shop", "http://betrieb.at/shop")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ftp://betrieb.at", null)]
    [InlineData("data://text/html,x", null)]
    [InlineData("", null)]
    public void Websites_become_http_links_only(string website, string? expected) =>
        Assert.Equal(expected, ContactLinks.Website(website));
}
