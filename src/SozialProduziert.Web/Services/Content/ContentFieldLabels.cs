namespace SozialProduziert.Web.Services.Content;

/// <summary>
/// The German names staff know the fields by (as on the edit forms), for the history and the comparison of revisions.
/// A field missing here is shown under its property name rather than hidden.
/// </summary>
public static class ContentFieldLabels
{
    public static IReadOnlyList<KeyValuePair<string, string>> Example { get; } = List(
        ("Title", "Titel"),
        ("Teaser", "Kurztext"),
        ("BodyMarkdown", "Beschreibung"),
        ("OutputType", "Art des Ergebnisses"),
        ("YearFrom", "Von (Jahr)"),
        ("YearTo", "Bis (Jahr)"),
        ("IsOngoing", "Laufend"),
        ("MaterialReusedKg", "Wiederverwertetes Material (kg)"),
        ("ProgrammeWorkHours", "Arbeitsstunden aus Beschäftigungsprogrammen"),
        ("PeopleEmployed", "Beschäftigte Personen"),
        ("QuoteText", "Zitat"),
        ("QuoteAuthor", "Zitat von"),
        ("Partners", "Partner"),
        ("SocialEnterprises", "Sozialbetriebe"),
        ("FieldsOfWork", "Arbeitsfelder"),
        ("Images", "Bilder"));

    public static IReadOnlyList<KeyValuePair<string, string>> SocialEnterprise { get; } = List(
        ("Name", "Name"),
        ("Teaser", "Kurztext"),
        ("ProfileMarkdown", "Profil"),
        ("Segment", "Arbeitsmarktsegment"),
        ("LegalForm", "Rechtsform"),
        ("DistrictId", "Bezirk"),
        ("Street", "Straße"),
        ("PostalCode", "Postleitzahl"),
        ("Town", "Ort"),
        ("ContactPerson", "Ansprechperson"),
        ("Phone", "Telefon"),
        ("Email", "E-Mail"),
        ("Website", "Website"),
        ("LogoId", "Logo"),
        ("FieldsOfWork", "Arbeitsfelder"),
        ("QualityMarks", "Gütesiegel"));

    public static IReadOnlyList<KeyValuePair<string, string>> Offer { get; } = List(
        ("Title", "Titel"),
        ("SocialEnterpriseId", "Sozialbetrieb"),
        ("Kind", "Art"),
        ("FieldOfWorkId", "Arbeitsfeld"),
        ("DescriptionMarkdown", "Beschreibung"),
        ("IndicativePrice", "Richtpreis"),
        ("LeadTime", "Lieferzeit"),
        ("MinimumQuantity", "Mindestmenge"),
        ("Images", "Bilder"));

    public static IReadOnlyList<KeyValuePair<string, string>> Partner { get; } = List(
        ("Name", "Name"),
        ("Kind", "Art"),
        ("Sector", "Branche"),
        ("DistrictId", "Bezirk"),
        ("Website", "Website"),
        ("LogoId", "Logo"),
        ("ProgrammeId", "Programm"),
        ("Teaser", "Kurztext"),
        ("ShowcaseMarkdown", "Text der Auslage"));

    public static IReadOnlyList<KeyValuePair<string, string>> Page { get; } = List(
        ("Title", "Titel"),
        ("MetaDescription", "Kurzbeschreibung für Suchmaschinen"),
        ("BodyMarkdown", "Text"));

    public static IReadOnlyList<KeyValuePair<string, string>> Download { get; } = List(
        ("Title", "Titel"),
        ("Description", "Beschreibung"),
        ("StoredFileId", "Datei"));

    /// <summary>The publishing fields every type shares, shown after the type's own fields.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Publishing { get; } = List(
        ("State", "Status"),
        ("PublishAt", "Veröffentlichen ab"),
        ("Slug", "Adresse (Slug)"));

    public static string? Common(string field) => Publishing.FirstOrDefault(l => l.Key == field).Value;

    private static KeyValuePair<string, string>[] List(params (string Field, string Label)[] labels) =>
        labels.Select(l => KeyValuePair.Create(l.Field, l.Label)).ToArray();
}
