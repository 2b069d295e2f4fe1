using System.Globalization;

namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>Reads a page number from a query value; anything malformed or out of range means page 1.</summary>
public static class PageNumber
{
    public const int Max = 10_000;

    public static int Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= Max ? page : 1;
}
