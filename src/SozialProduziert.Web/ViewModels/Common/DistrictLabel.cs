using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>How a location reads: "Bezirk Melk", but "St. Pölten (Stadt)", since a Statutarstadt is not called a Bezirk.</summary>
public static class DistrictLabel
{
    public static string Format(string name, DistrictKind kind) =>
        kind == DistrictKind.Statutarstadt ? $"{name} (Stadt)" : $"Bezirk {name}";
}
