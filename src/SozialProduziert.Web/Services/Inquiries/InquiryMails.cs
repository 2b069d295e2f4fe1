using System.Globalization;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Web.Services.Inquiries;

/// <summary>The German mails about inquiries and needs: confirmation, notification to KOMUNITAS, follow-up.</summary>
public static class InquiryMails
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-AT");

    public static OutgoingMail Confirmation(Inquiry inquiry, string? districtName, string privacyUrl)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        var isNeed = inquiry.Kind == InquiryKind.Need;
        var opening = isNeed
            ? $"vielen Dank für Ihre Bedarfsmeldung. Sie ist {When(inquiry.ReceivedAt)} unter der Nummer {inquiry.Id} bei uns eingelangt."
            : $"vielen Dank für Ihre Anfrage zu „{inquiry.Topic}“. Sie ist {When(inquiry.ReceivedAt)} unter der Nummer {inquiry.Id} bei uns eingelangt.";
        var next = isNeed
            ? "Das Team von Soziale Produktion (SoPro) sucht nun passende Sozialbetriebe in Ihrer Nähe und meldet sich in der Regel innerhalb von drei Werktagen bei Ihnen."
            : "Das Team von Soziale Produktion (SoPro) leitet Ihre Anfrage an den Sozialbetrieb weiter und meldet sich in der Regel innerhalb von drei Werktagen bei Ihnen.";
        return MailLayout.Compose(inquiry.Email, inquiry.ContactPerson,
            isNeed ? "Ihre Bedarfsmeldung bei sozialproduziert ist eingelangt" : "Ihre Anfrage bei sozialproduziert ist eingelangt",
            $"Guten Tag {inquiry.ContactPerson},",
            [
                new MailParagraph(opening),
                new MailParagraph(next),
                new MailParagraph("Ihre Angaben im Überblick:"),
                new MailFacts(Facts(inquiry, districtName, withContact: false)),
                new MailParagraph($"Sie erhalten diese E-Mail, weil Ihre Adresse auf sozialproduziert angegeben wurde. Haben Sie diese Nachricht nicht erwartet, antworten Sie uns bitte kurz, dann löschen wir die Angaben. Wie wir mit Ihren Daten umgehen, lesen Sie unter {privacyUrl}."),
            ],
            isNeed ? MailPurposes.NeedConfirmation : MailPurposes.InquiryConfirmation);
    }

    public static OutgoingMail StaffNotification(Inquiry inquiry, string? districtName, string staffAddress, string adminUrl)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        var subject = inquiry.Kind == InquiryKind.Need
            ? $"Neuer Bedarf Nr. {inquiry.Id}: {inquiry.NeedKind?.NeedLabel()}{(districtName is null ? "" : $" ({districtName})")}"
            : $"Neue Anfrage Nr. {inquiry.Id} zu {inquiry.Topic}";
        return MailLayout.Compose(staffAddress, "Team Soziale Produktion", subject.Length > 300 ? subject[..300] : subject, "Hallo Team,",
            [
                new MailParagraph(inquiry.Kind == InquiryKind.Need ? "über sozialproduziert wurde ein neuer Bedarf gemeldet:" : "über sozialproduziert ist eine neue Anfrage eingelangt:"),
                new MailFacts(Facts(inquiry, districtName, withContact: true)),
                new MailAction("In der Redaktion öffnen", adminUrl),
            ],
            MailPurposes.StaffNotification);
    }

    public static OutgoingMail FollowUp(Inquiry inquiry, string link)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        var what = inquiry.Kind == InquiryKind.Need ? "Ihre Bedarfsmeldung" : $"Ihre Anfrage zu „{inquiry.Topic}“";
        return MailLayout.Compose(inquiry.Email, inquiry.ContactPerson, $"Kurze Rückfrage zu Ihrer Anfrage Nr. {inquiry.Id}", $"Guten Tag {inquiry.ContactPerson},",
            [
                new MailParagraph($"{what} (Nummer {inquiry.Id}) ist bei uns abgeschlossen. Vielen Dank, dass Sie mit einem Sozialbetrieb zusammenarbeiten wollten!"),
                new MailParagraph("Damit wir zeigen können, was Soziale Produktion in Niederösterreich bewirkt, bitten wir Sie um eine kurze Rückmeldung: Ist ein Auftrag zustande gekommen, und in welcher Größenordnung? Das dauert weniger als eine Minute."),
                new MailAction("Rückmeldung geben", link),
                new MailParagraph("Der Link gilt nur für Sie und kann einmal verwendet werden. Ihre Angaben werten wir nur zusammengefasst aus."),
            ],
            MailPurposes.FollowUp);
    }

    /// <summary>"am 27.11.2026 um 09:15 Uhr", in Vienna time.</summary>
    private static string When(DateTime utc)
    {
        var local = ViennaTime.ToLocal(utc);
        return $"am {local.ToString("dd.MM.yyyy", German)} um {local.ToString("HH:mm", German)} Uhr";
    }

    private static List<KeyValuePair<string, string>> Facts(Inquiry inquiry, string? districtName, bool withContact)
    {
        var facts = new List<KeyValuePair<string, string?>>
        {
            inquiry.Kind == InquiryKind.Need ? new("Bedarf", inquiry.NeedKind?.NeedLabel()) : new("Anfrage zu", inquiry.Topic),
            new("Beschreibung", inquiry.Description),
            new("Menge", inquiry.Quantity),
            new("Häufigkeit", inquiry.Frequency),
            new("Gewünscht bis", inquiry.Deadline?.ToString("dd.MM.yyyy", German)),
            new("Bezirk", districtName),
        };
        if (withContact)
        {
            facts.AddRange(
            [
                new("Organisation", inquiry.Organisation),
                new("Ansprechperson", inquiry.ContactPerson),
                new("E-Mail", inquiry.Email),
                new("Telefon", inquiry.Phone),
            ]);
        }

        return facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)).ToList();
    }
}
