using Microsoft.AspNetCore.Identity;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Identity's messages in German, because staff read them in forms and on the command line. The portal uses the
/// e-mail address as user name, so both "duplicate" errors say the same and callers can drop the repetition.
/// </summary>
public sealed class GermanIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Das Konto wurde inzwischen anderswo geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "Das Passwort stimmt nicht.");

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), "Der Code ist ungültig oder abgelaufen.");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), "Der Wiederherstellungscode ist ungültig oder wurde schon verwendet.");

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), "Diese Anmeldung ist bereits mit einem anderen Konto verknüpft.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"„{userName}“ ist als Anmeldename nicht zulässig.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"„{email}“ ist keine gültige E-Mail-Adresse.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Für die E-Mail-Adresse „{userName}“ gibt es bereits ein Konto.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"Für die E-Mail-Adresse „{email}“ gibt es bereits ein Konto.");

    public override IdentityError InvalidRoleName(string? role) =>
        Error(nameof(InvalidRoleName), $"„{role}“ ist kein gültiger Rollenname.");

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), $"Die Rolle „{role}“ gibt es bereits.");

    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), "Für dieses Konto ist bereits ein Passwort gesetzt.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Dieses Konto kann nicht gesperrt werden.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"Das Konto hat die Rolle „{role}“ bereits.");

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), $"Das Konto hat die Rolle „{role}“ nicht.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Das Passwort muss mindestens {length} Zeichen lang sein.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Das Passwort muss mindestens {uniqueChars} verschiedene Zeichen enthalten.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Das Passwort muss mindestens ein Sonderzeichen enthalten.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Das Passwort muss mindestens eine Ziffer enthalten.");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Das Passwort muss mindestens einen Kleinbuchstaben enthalten.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Das Passwort muss mindestens einen Großbuchstaben enthalten.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
