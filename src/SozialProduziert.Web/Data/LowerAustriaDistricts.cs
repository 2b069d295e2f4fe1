using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data;

/// <summary>The 20 Bezirke and 4 Statutarstädte of Niederösterreich (since Wien-Umgebung was dissolved in 2017).</summary>
public static class LowerAustriaDistricts
{
    public static IReadOnlyList<District> All { get; } =
    [
        Bezirk(1, "Amstetten", Quarter.Mostviertel, 48.123, 14.872),
        Bezirk(2, "Baden", Quarter.Industrieviertel, 48.006, 16.234),
        Bezirk(3, "Bruck an der Leitha", Quarter.Industrieviertel, 48.025, 16.779),
        Bezirk(4, "Gänserndorf", Quarter.Weinviertel, 48.339, 16.720),
        Bezirk(5, "Gmünd", Quarter.Waldviertel, 48.768, 14.980),
        Bezirk(6, "Hollabrunn", Quarter.Weinviertel, 48.563, 16.079),
        Bezirk(7, "Horn", Quarter.Waldviertel, 48.665, 15.657),
        Bezirk(8, "Korneuburg", Quarter.Weinviertel, 48.345, 16.333),
        Bezirk(9, "Krems-Land", Quarter.Waldviertel, 48.415, 15.590),
        Bezirk(10, "Lilienfeld", Quarter.NoeMitte, 48.013, 15.597),
        Bezirk(11, "Melk", Quarter.Mostviertel, 48.227, 15.331),
        Bezirk(12, "Mistelbach", Quarter.Weinviertel, 48.570, 16.577),
        Bezirk(13, "Mödling", Quarter.Industrieviertel, 48.086, 16.289),
        Bezirk(14, "Neunkirchen", Quarter.Industrieviertel, 47.721, 16.081),
        Bezirk(15, "St. Pölten-Land", Quarter.NoeMitte, 48.195, 15.610),
        Bezirk(16, "Scheibbs", Quarter.Mostviertel, 48.005, 15.167),
        Bezirk(17, "Tulln", Quarter.NoeMitte, 48.330, 16.055),
        Bezirk(18, "Waidhofen an der Thaya", Quarter.Waldviertel, 48.816, 15.285),
        Bezirk(19, "Wiener Neustadt-Land", Quarter.Industrieviertel, 47.805, 16.225),
        Bezirk(20, "Zwettl", Quarter.Waldviertel, 48.604, 15.169),
        City(21, "Krems an der Donau", Quarter.Waldviertel, 48.410, 15.610),
        City(22, "St. Pölten", Quarter.NoeMitte, 48.204, 15.627),
        City(23, "Waidhofen an der Ybbs", Quarter.Mostviertel, 47.960, 14.774),
        City(24, "Wiener Neustadt", Quarter.Industrieviertel, 47.816, 16.244),
    ];

    private static District Bezirk(int id, string name, Quarter quarter, double latitude, double longitude) =>
        Create(id, name, DistrictKind.Bezirk, quarter, latitude, longitude);

    private static District City(int id, string name, Quarter quarter, double latitude, double longitude) =>
        Create(id, name, DistrictKind.Statutarstadt, quarter, latitude, longitude);

    private static District Create(int id, string name, DistrictKind kind, Quarter quarter, double latitude, double longitude) =>
        new()
        {
            Id = id,
            Name = name,
            Slug = Slug.From(name),
            Kind = kind,
            Quarter = quarter,
            Latitude = latitude,
            Longitude = longitude,
        };
}
