using System.Globalization;

namespace SozialProduziert.Web.Infrastructure;

public static class TextWriterNumbers
{
    /// <summary>
    /// Writes a whole number in invariant digits without a string in between: pictures write several per card, and
    /// <see cref="TextWriter.Write(int)"/> builds one each time (in the writer's culture, too).
    /// </summary>
    public static void WriteInvariant(this TextWriter writer, int value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture);
        writer.Write(digits[..length]);
    }
}
