namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>How a collaboration's years read: "2014", "2012–2016", "seit 2021".</summary>
public static class YearLabel
{
    public static string Format(int yearFrom, int? yearTo, bool isOngoing) =>
        isOngoing ? $"seit {yearFrom}" : yearTo is { } to && to != yearFrom ? $"{yearFrom}–{to}" : $"{yearFrom}";
}
