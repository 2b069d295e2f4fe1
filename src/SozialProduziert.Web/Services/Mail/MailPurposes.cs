namespace SozialProduziert.Web.Services.Mail;

/// <summary>The purposes of the mails this part of the portal sends, with the German words staff read in /admin/post.</summary>
public static class MailPurposes
{
    public const string InquiryConfirmation = "inquiry-confirmation";
    public const string NeedConfirmation = "need-confirmation";
    public const string StaffNotification = "inquiry-staff-notification";
    public const string FollowUp = "inquiry-follow-up";
    public const string PasswordReset = "password-reset";

    public static string Label(string purpose) => purpose switch
    {
        InquiryConfirmation => "Bestätigung einer Anfrage",
        NeedConfirmation => "Bestätigung einer Bedarfsmeldung",
        StaffNotification => "Benachrichtigung an KOMUNITAS",
        FollowUp => "Rückfrage nach Abschluss",
        PasswordReset => "Passwort zurücksetzen",
        _ => purpose,
    };

    /// <summary>
    /// Mails whose body is a key (a password reset link): nobody else reads it in /admin/post, and the body is
    /// removed from the outbox as soon as the server accepted it.
    /// </summary>
    public static bool IsSecret(string purpose) => purpose == PasswordReset;
}
