namespace SozialProduziert.Web.Data;

/// <summary>
/// Patterns for <c>EF.Functions.Like(value, pattern, SqlLike.EscapeCharacter)</c>: case-insensitive on both providers
/// (for ASCII letters on SQLite), with "%" and "_" in user input matched literally - "anna_berger@…" is common.
/// </summary>
public static class SqlLike
{
    public const string EscapeCharacter = "\\";

    public static string Exactly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }

    public static string Containing(string text) => "%" + Exactly(text) + "%";
}
