namespace SozialProduziert.Web.Domain;

/// <summary>One of the 20 Bezirke or 4 Statutarstädte of Lower Austria (reference data, seeded by migration).</summary>
public class District
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public DistrictKind Kind { get; set; }

    public Quarter Quarter { get; set; }

    /// <summary>Seat of the district authority, for distance-based matching.</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }
}

public enum DistrictKind
{
    Bezirk = 0,
    Statutarstadt = 1,
}

/// <summary>The five main regions ("Viertel") of Lower Austria.</summary>
public enum Quarter
{
    Mostviertel = 0,
    Waldviertel = 1,
    Weinviertel = 2,
    Industrieviertel = 3,
    NoeMitte = 4,
}
