namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>What a visitor reads when something goes wrong, by status code.</summary>
public sealed record ErrorViewModel(int StatusCode, string Title, string Message, string? SecureAddress = null)
{
    /// <summary>A page with a form opened over plain http: it can only be shown over an encrypted connection.</summary>
    public static ErrorViewModel InsecureConnection(string secureAddress) => new(400, "Bitte verschlüsselt aufrufen",
        "Diese Seite enthält ein Formular und wird zum Schutz Ihrer Eingaben nur über eine verschlüsselte Verbindung (https) angezeigt.",
        secureAddress);

    public static ErrorViewModel For(int statusCode) => statusCode switch
    {
        404 => new(404, "Seite nicht gefunden",
            "Diese Seite gibt es nicht (mehr). Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler."),
        400 => new(400, "Anfrage nicht verständlich",
            "Die Anfrage war unvollständig oder fehlerhaft. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."),
        403 => new(403, "Kein Zugriff",
            "Für diese Seite fehlt Ihnen die Berechtigung."),
        405 => new(405, "Aktion nicht erlaubt",
            "Diese Adresse kann auf diese Weise nicht aufgerufen werden."),
        413 => new(413, "Datei oder Eingabe zu groß",
            "Die gesendeten Daten überschreiten die zulässige Größe. Bitte verkleinern Sie die Datei oder kürzen Sie den Text."),
        429 => new(429, "Zu viele Anfragen",
            "Sie haben in kurzer Zeit sehr viele Anfragen gesendet. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal."),
        >= 500 => new(statusCode, "Es ist ein Fehler aufgetreten",
            "Das hätte nicht passieren dürfen. Bitte versuchen Sie es in einigen Minuten noch einmal. Besteht das Problem weiter, schreiben Sie uns bitte."),
        _ => new(statusCode, "Das hat nicht geklappt", "Bitte versuchen Sie es noch einmal."),
    };
}
