using System.Globalization;
using System.Net;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>The German invitation mail, plain text and HTML.</summary>
public static class InvitationMail
{
    public const string Purpose = "partner-invitation";

    public static OutgoingMail Compose(PartnerInvitation invitation, string partnerName, string link)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var until = ViennaTime.ToLocal(invitation.ExpiresAt).ToString("d. MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("de-AT"));
        var subject = $"Ihr Zugang zu „Mein Bereich“ für {partnerName}";
        var text = $"""
            Guten Tag {invitation.Name},

            das Team von Soziale Produktion (SoPro) lädt Sie ein, den Bereich von {partnerName} auf sozialproduziert zu nutzen. Dort sehen Sie Ihre Auslage genau so, wie sie veröffentlicht wird, geben sie frei oder schicken uns Änderungswünsche, bestätigen Wirkungskennzahlen und laden Ihren Berichtsteil „Soziale Produktion“ für den Nachhaltigkeitsbericht herunter.

            Bitte legen Sie über diesen Link Ihr Passwort fest:
            {link}

            Der Link gilt einmal und bis {until} Uhr. Falls Sie diese Einladung nicht erwartet haben, können Sie diese Nachricht einfach löschen.

            Mit freundlichen Grüßen
            Ihr Team von Soziale Produktion
            """;
        var encodedLink = WebUtility.HtmlEncode(link);
        var html = $"""
            <p>Guten Tag {WebUtility.HtmlEncode(invitation.Name)},</p>
            <p>das Team von Soziale Produktion (SoPro) lädt Sie ein, den Bereich von {WebUtility.HtmlEncode(partnerName)} auf sozialproduziert zu nutzen. Dort sehen Sie Ihre Auslage genau so, wie sie veröffentlicht wird, geben sie frei oder schicken uns Änderungswünsche, bestätigen Wirkungskennzahlen und laden Ihren Berichtsteil „Soziale Produktion“ für den Nachhaltigkeitsbericht herunter.</p>
            <p><a href="{encodedLink}">Passwort festlegen</a></p>
            <p>Der Link gilt einmal und bis {until} Uhr. Falls Sie diese Einladung nicht erwartet haben, können Sie diese Nachricht einfach löschen.</p>
            <p>Mit freundlichen Grüßen<br>Ihr Team von Soziale Produktion</p>
            """;
        return new OutgoingMail(invitation.Email, invitation.Name, subject, text, html, Purpose);
    }
}
