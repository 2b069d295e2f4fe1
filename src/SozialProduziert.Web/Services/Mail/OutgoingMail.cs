namespace SozialProduziert.Web.Services.Mail;

/// <summary>A composed mail, German plain text plus HTML, ready to be put into the outbox.</summary>
/// <param name="Purpose">A stable key such as "registration-confirmation"; shown to staff in the outbox list.</param>
public sealed record OutgoingMail(string ToAddress, string? ToName, string Subject, string TextBody, string HtmlBody, string Purpose);
