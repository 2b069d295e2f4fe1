namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// The spam trap of every public form: a field people never see (hidden by CSS, skipped by keyboard and screen
/// readers) that simple bots fill in. A tripped form is answered like a success so the bot learns nothing, and
/// nothing is stored or mailed. Render it with <c>&lt;partial name="_Honeypot" /&gt;</c> inside the form.
/// </summary>
public static class Honeypot
{
    /// <summary>A name bots like to fill; the visible fields of our forms never use it.</summary>
    public const string FieldName = "homepage_url";

    public static bool IsTripped(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType
            && request.Form.TryGetValue(FieldName, out var value)
            && !string.IsNullOrWhiteSpace(value);
    }
}
