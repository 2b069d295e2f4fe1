using Microsoft.Extensions.Options;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>Puts the mails about registrations into the outbox; they are stored with the caller's next save.</summary>
public sealed class RegistrationMails(MailOutbox outbox, IHttpContextAccessor http, IOptions<SiteOptions> site)
{
    public const string ConfirmationPurpose = "registration-confirmation";
    public const string ChangePurpose = "registration-queue-change";

    public void Confirmation(InterestRegistration registration, Programme programme, QueuePosition position)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(programme);
        var body = Greeting(registration);
        foreach (var paragraph in RegistrationTexts.Confirmation(programme.Name, registration.CompanyName, registration.ArrivedAt, position, programme.Places))
        {
            body.Paragraph(paragraph);
        }

        Send(registration, RegistrationTexts.ConfirmationSubject(programme.Name), body, ConfirmationPurpose);
    }

    /// <summary>Tells every firm in <paramref name="changes"/> where it stands now; returns how many mails were queued.</summary>
    public int Changes(IEnumerable<(InterestRegistration Registration, QueueChange Change)> changes, Programme programme, QueueChangeReason reason)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(programme);
        var count = 0;
        foreach (var (registration, change) in changes)
        {
            if (registration.AnonymisedAt is not null || string.IsNullOrEmpty(registration.Email))
            {
                continue;
            }

            var body = Greeting(registration);
            foreach (var paragraph in RegistrationTexts.Change(programme.Name, change, reason, programme.Places))
            {
                body.Paragraph(paragraph);
            }

            Send(registration, RegistrationTexts.ChangeSubject(programme.Name, change), body, ChangePurpose);
            count++;
        }

        return count;
    }

    private static MailText Greeting(InterestRegistration registration) =>
        new MailText().Paragraph($"Guten Tag {registration.ContactPerson},");

    private void Send(InterestRegistration registration, string subject, MailText body, string purpose)
    {
        body.Link("Ihre Anmeldung jederzeit ansehen", ConfirmationUrl(registration.AccessToken)).Signature();
        outbox.Enqueue(new OutgoingMail(registration.Email, registration.ContactPerson, subject, body.Text, body.Html, purpose));
    }

    private string ConfirmationUrl(string token)
    {
        var path = RegistrationLinks.ConfirmationPath(token);
        return http.HttpContext is { } context
            ? SiteUrls.Absolute(context, site.Value, path)
            : (site.Value.PublicBaseUrl?.TrimEnd('/') ?? "") + path;
    }
}

/// <summary>Addresses of the public registration pages.</summary>
public static class RegistrationLinks
{
    public const string FormPath = "/mitmachen";

    public static string ConfirmationPath(string token) => $"/mitmachen/anmeldung/{token}";
}
