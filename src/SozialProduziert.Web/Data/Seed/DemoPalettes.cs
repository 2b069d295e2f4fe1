using System.Numerics;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>Four colours per field of work, with the German words the alt texts use to name them.</summary>
internal sealed record DemoPalette(Vector3 Deep, Vector3 Mid, Vector3 Light, Vector3 Accent, string PictureColours, string LogoColours);

internal static class DemoPalettes
{
    private static readonly Dictionary<string, DemoPalette> BySlug = new()
    {
        ["holz"] = Create(0x6B4226, 0xB7793F, 0xF1DFC2, 0x3F6B4A, "in Holzbraun und Ocker", "Braun und Waldgrün"),
        ["metall"] = Create(0x2F3E4E, 0x6E8193, 0xDCE3EA, 0xD98E2B, "in Stahlblau und Grau", "Stahlblau und Kupfer"),
        ["textil"] = Create(0x7A2348, 0xC8577E, 0xF6DCE5, 0x2E6E8E, "in Beeren- und Rosatönen", "Beerenrot und Blau"),
        ["montage-verpackung"] = Create(0x5A4632, 0xC49A6C, 0xEFE4D2, 0x2F7F7A, "in Kartonbraun und Petrol", "Braun und Petrol"),
        ["lettershop-versand"] = Create(0x1F3F7A, 0x4F7CC2, 0xE3ECF8, 0xF2B632, "in Blau- und Gelbtönen", "Blau und Gelb"),
        ["druck"] = Create(0x1D6F8C, 0xD2467E, 0xF5EEF2, 0xF0C419, "in Cyan, Magenta und Gelb", "Cyan und Magenta"),
        ["gruenraumpflege"] = Create(0x2F5D2E, 0x6FA34A, 0xE4F0D8, 0xC8B13A, "in Grüntönen", "Dunkelgrün und Senfgelb"),
        ["reinigung"] = Create(0x1E6E83, 0x5BB3C4, 0xE2F4F7, 0x9CCB5C, "in Aqua- und Hellblautönen", "Petrolblau und Hellgrün"),
        ["catering"] = Create(0x8E3B1F, 0xE07A3F, 0xFBE8D6, 0x6E8B3D, "in Orange- und Olivtönen", "Rotbraun und Olivgrün"),
        ["it-refurbishing"] = Create(0x2D2A6E, 0x6A5ACD, 0xE7E5F7, 0x3CB89A, "in Indigo und Mintgrün", "Indigo und Mintgrün"),
        ["upcycling"] = Create(0x24594F, 0x5E9C7F, 0xE6F1E9, 0xE08E45, "in Salbeigrün und Orange", "Petrol und Orange"),
    };

    public static DemoPalette For(string fieldSlug) =>
        BySlug.TryGetValue(fieldSlug, out var palette) ? palette : BySlug["upcycling"];

    private static DemoPalette Create(int deep, int mid, int light, int accent, string pictureColours, string logoColours) =>
        new(Rgb(deep), Rgb(mid), Rgb(light), Rgb(accent), pictureColours, logoColours);

    private static Vector3 Rgb(int hex) =>
        new(((hex >> 16) & 0xFF) / 255f, ((hex >> 8) & 0xFF) / 255f, (hex & 0xFF) / 255f);
}
