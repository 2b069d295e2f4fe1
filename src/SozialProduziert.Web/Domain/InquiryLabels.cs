namespace SozialProduziert.Web.Domain;

/// <summary>German words for the inquiry enums, as the forms and the staff inbox show them.</summary>
public static class InquiryLabels
{
    public static string Label(this InquiryKind kind) => kind switch
    {
        InquiryKind.Request => "Anfrage",
        InquiryKind.Need => "Bedarf",
        _ => kind.ToString(),
    };

    /// <summary>The need kinds as a requester reads them on the form (the project's four outputs, phrased as wishes).</summary>
    public static string NeedLabel(this OutputType kind) => kind switch
    {
        OutputType.ResidualMaterialRecycling => "Reststoff wiederverwerten",
        OutputType.ProcessSubstitution => "Internen Prozess auslagern",
        OutputType.GiveAwaysAndCustomProducts => "Produkt oder Give-away",
        OutputType.Service => "Dienstleistung",
        _ => kind.ToString(),
    };

    /// <summary>How staff name an inquiry: "Bedarf Nr. 7: Reststoff wiederverwerten" or "Anfrage Nr. 8 zu Weinkiste …".</summary>
    public static string Heading(int id, InquiryKind kind, OutputType? needKind, string? topic) =>
        kind == InquiryKind.Need ? $"Bedarf Nr. {id}: {needKind?.NeedLabel()}" : $"Anfrage Nr. {id} zu {topic}";

    public static string Label(this OrderOutcome outcome) => outcome switch
    {
        OrderOutcome.Yes => "Ja, es kam ein Auftrag zustande",
        OrderOutcome.No => "Nein",
        OrderOutcome.Open => "Noch offen",
        _ => outcome.ToString(),
    };
}
