namespace SozialProduziert.Web.Domain;

/// <summary>The German words visitors read for each enum value, and the stable German URL keys filters use.</summary>
public static class GermanLabels
{
    public static string Label(this OutputType type) => type switch
    {
        OutputType.ResidualMaterialRecycling => "Reststoffverwertung – Recycling/Upcycling",
        OutputType.ProcessSubstitution => "Substitution innerbetrieblicher Prozesse",
        OutputType.GiveAwaysAndCustomProducts => "Give-Aways & Sonderanfertigungen",
        OutputType.Service => "Dienstleistung",
        _ => type.ToString(),
    };

    public static string UrlKey(this OutputType type) => type switch
    {
        OutputType.ResidualMaterialRecycling => "reststoffverwertung",
        OutputType.ProcessSubstitution => "prozesssubstitution",
        OutputType.GiveAwaysAndCustomProducts => "give-aways",
        OutputType.Service => "dienstleistung",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string Label(this LabourMarketSegment segment) => segment switch
    {
        LabourMarketSegment.SocialEconomicEnterprise => "Sozialökonomischer Betrieb (2. Arbeitsmarkt)",
        LabourMarketSegment.NonProfitEmploymentProject => "Gemeinnütziges Beschäftigungsprojekt (2. Arbeitsmarkt)",
        LabourMarketSegment.Workshop => "Werkstätte für Menschen mit Behinderungen (3. Arbeitsmarkt)",
        LabourMarketSegment.DayStructure => "Tagesstruktur für Menschen mit Behinderungen (3. Arbeitsmarkt)",
        _ => segment.ToString(),
    };

    public static string UrlKey(this LabourMarketSegment segment) => segment switch
    {
        LabourMarketSegment.SocialEconomicEnterprise => "soeb",
        LabourMarketSegment.NonProfitEmploymentProject => "gbp",
        LabourMarketSegment.Workshop => "werkstaette",
        LabourMarketSegment.DayStructure => "tagesstruktur",
        _ => segment.ToString().ToLowerInvariant(),
    };

    public static string Label(this PartnerKind kind) => kind switch
    {
        PartnerKind.Company => "Unternehmen",
        PartnerKind.PublicBuyer => "Öffentlicher Auftraggeber",
        PartnerKind.Municipality => "Gemeinde",
        _ => kind.ToString(),
    };

    public static string Label(this OfferKind kind) => kind switch
    {
        OfferKind.Product => "Produkt",
        OfferKind.Service => "Dienstleistung",
        _ => kind.ToString(),
    };

    public static string UrlKey(this OfferKind kind) => kind switch
    {
        OfferKind.Product => "produkt",
        OfferKind.Service => "dienstleistung",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Label(this PublishState state) => state switch
    {
        PublishState.Draft => "Entwurf",
        PublishState.Published => "Veröffentlicht",
        PublishState.Archived => "Archiviert",
        _ => state.ToString(),
    };

    /// <summary>Parses a URL key back to its enum value; unknown keys give null so filters ignore them.</summary>
    public static TEnum? FromUrlKey<TEnum>(string? key, Func<TEnum, string> urlKey)
        where TEnum : struct, Enum =>
        string.IsNullOrEmpty(key) ? null : Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => urlKey(v!.Value) == key);
}
