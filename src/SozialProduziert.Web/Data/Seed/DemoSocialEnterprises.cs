using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>A fictional Sozialbetrieb; districts, fields of work and quality marks are referenced by slug.</summary>
internal sealed record DemoEnterprise(
    string Key,
    string Name,
    LabourMarketSegment Segment,
    string LegalForm,
    string District,
    string Street,
    string PostalCode,
    string Town,
    string ContactPerson,
    string Phone,
    string Email,
    string Website,
    string[] Fields,
    string[] QualityMarks,
    LogoMark? Logo,
    string Teaser,
    string Profile);

/// <summary>
/// Fifteen fictional Sozialbetriebe across Niederösterreich. Phone numbers put a 0 right after the area code,
/// which no Austrian subscriber number does, so none of them can reach a real line.
/// </summary>
internal static partial class DemoSocialEnterprises
{
    private const string Goodworks = "goodworks";
    private const string ArbeitPlus = "arbeit-plus-guetesiegel";

    public static IReadOnlyList<DemoEnterprise> All => [.. SecondLabourMarket, .. ThirdLabourMarket];

    private static readonly DemoEnterprise[] SecondLabourMarket =
    [
        new(
            "rewerk", "ReWerk St. Pölten", LabourMarketSegment.SocialEconomicEnterprise, "gemeinnützige GmbH",
            "st-poelten", "Werkstättenweg 7", "3100", "St. Pölten",
            "Mag.a Sabine Hofer", "+43 2742 0 51 20", "rewerk@beispiel.at", "https://rewerk.example",
            ["upcycling", "textil", "montage-verpackung"], [Goodworks, ArbeitPlus], LogoMark.RingAndDot,
            "Sozialökonomischer Betrieb in St. Pölten, der aus Werbebannern, Planen und Stoffresten langlebige Taschen und Accessoires fertigt – und Menschen nach längerer Arbeitslosigkeit den Wiedereinstieg ermöglicht.",
            """
            ReWerk ist die Kreislaufwerkstatt im Zentralraum: Was anderswo als Restmaterial entsorgt wird, verarbeiten wir zu Produkten mit Gebrauchswert. Unsere Schwerpunkte sind Upcycling von Werbemitteln, Näharbeiten in Kleinserien und die Konfektionierung für Unternehmen aus der Region.

            Rund 30 Transitarbeitskräfte sind bei uns für bis zu zwölf Monate beschäftigt. Sie werden von Fachanleiterinnen, Sozialarbeit und Outplacement begleitet und erwerben Qualifikationen, die am regulären Arbeitsmarkt gefragt sind.

            ### Was wir gut können
            - Zuschnitt und Verarbeitung von PVC-Bannern, Mesh-Planen und Segeltuch
            - Kleinserien von 50 bis 2.000 Stück, auf Wunsch mit Logo-Label
            - Beratung, welche Restmaterialien sich für welches Produkt eignen
            """),
        new(
            "holzwerkstatt-mostviertel", "Holzwerkstatt Mostviertel", LabourMarketSegment.NonProfitEmploymentProject, "Verein",
            "amstetten", "Gewerbepark 4", "3300", "Amstetten",
            "Ing. Thomas Gruber", "+43 7472 0 64 31", "holzwerkstatt@beispiel.at", "https://holzwerkstatt-mostviertel.example",
            ["holz", "montage-verpackung", "upcycling"], [ArbeitPlus], LogoMark.RisingBars,
            "Gemeinnütziges Beschäftigungsprojekt mit voll ausgestatteter Tischlerei: Präsentkisten, Möbel aus Restholz und Montagearbeiten für Betriebe im Mostviertel.",
            """
            Die Holzwerkstatt Mostviertel verbindet solides Tischlerhandwerk mit Arbeitsmarktintegration. In unserer Werkstatt in Amstetten arbeiten Menschen, die nach Krankheit, Betreuungspflichten oder langer Arbeitslosigkeit wieder Fuß fassen wollen – angeleitet von zwei Tischlermeistern.

            Besonders gern verarbeiten wir, was bei anderen übrig bleibt: Verschnitt aus Fenster- und Möbelproduktion, Altholz und Paletten. Daraus entstehen Kisten, Kleinmöbel und Give-aways, die Geschichten erzählen.
            """),
        new(
            "gruenwerk-weinviertel", "GrünWerk Weinviertel", LabourMarketSegment.SocialEconomicEnterprise, "gemeinnützige GmbH",
            "mistelbach", "Bahnstraße 40", "2130", "Mistelbach",
            "Markus Pichler, MSc", "+43 2572 0 88 10", "gruenwerk@beispiel.at", "https://gruenwerk.example",
            ["gruenraumpflege", "reinigung"], [ArbeitPlus], LogoMark.OverlappingCircles,
            "Grünraumpflege, Baumschnitt und Winterdienst für Gemeinden und Betriebe im Weinviertel – verlässlich, ökologisch und mit Transitarbeitsplätzen für die Region.",
            """
            GrünWerk Weinviertel pflegt Parks, Friedhöfe, Betriebsgelände und Straßenbegleitgrün zwischen Mistelbach, Poysdorf und Wolkersdorf. Wir arbeiten nach ökologischen Grundsätzen: insektenfreundliche Mahd, Verzicht auf Pestizide, Kompostierung vor Ort.

            Unsere Teams bestehen aus Transitarbeitskräften und erfahrenen Vorarbeitern. Für viele ist die Arbeit im Freien der erste Schritt zurück in einen geregelten Arbeitsalltag; mehr als die Hälfte findet im Anschluss eine Stelle am regulären Arbeitsmarkt.
            """),
        new(
            "versandwerk-baden", "Versandwerk Baden", LabourMarketSegment.SocialEconomicEnterprise, "gemeinnützige GmbH",
            "baden", "Industriestraße 21", "2500", "Baden",
            "Mag. Stefan Huber", "+43 2252 0 41 90", "versandwerk@beispiel.at", "https://versandwerk.example",
            ["lettershop-versand", "montage-verpackung", "druck"], [Goodworks, ArbeitPlus], LogoMark.FourSquares,
            "Lettershop, Digitaldruck und Fulfilment aus einer Hand: Das Versandwerk Baden übernimmt Aussendungen und Paketversand für Unternehmen, Vereine und Gemeinden.",
            """
            Vom Adressdruck über das Falzen und Kuvertieren bis zur Übergabe an die Post: Im Versandwerk Baden laufen jährlich mehr als zwei Millionen Sendungen über unsere Tische und Maschinen. Kleine Onlineshops nutzen unser Lager und unseren Paketversand.

            Als sozialökonomischer Betrieb bieten wir befristete Arbeitsplätze mit Qualifizierung in Logistik, Druckweiterverarbeitung und Büro. Datenschutz nehmen wir ernst: Adressdaten verarbeiten wir nach einer Vereinbarung zur Auftragsverarbeitung und löschen sie nach Abschluss.
            """),
        new(
            "bytekreislauf", "ByteKreislauf Wiener Neustadt", LabourMarketSegment.NonProfitEmploymentProject, "Verein",
            "wiener-neustadt", "Werkhallenweg 2", "2700", "Wiener Neustadt",
            "DI (FH) Andrea Schwarz", "+43 2622 0 73 12", "bytekreislauf@beispiel.at", "https://bytekreislauf.example",
            ["it-refurbishing"], [ArbeitPlus], LogoMark.SplitDiamond,
            "IT-Werkstatt, die ausgemusterte Laptops und PCs aus Betrieben und Gemeinden sicher löscht, aufbereitet und an Schulen, Vereine und Privatpersonen weitergibt.",
            """
            ByteKreislauf holt gebrauchte Geräte ab, löscht Datenträger nach anerkannten Verfahren und dokumentiert jede Löschung mit Seriennummer. Danach werden die Geräte geprüft, gereinigt, bei Bedarf mit neuen Akkus oder SSDs ausgestattet und mit einem aktuellen Betriebssystem versehen.

            Im Projekt qualifizieren sich junge Erwachsene und Wiedereinsteigerinnen für Berufe in der IT-Technik. Was sich nicht mehr reparieren lässt, geht sortenrein an zertifizierte Verwerter.
            """),
        new(
            "kuechenwerk-waldviertel", "Küchenwerk Waldviertel", LabourMarketSegment.NonProfitEmploymentProject, "Verein",
            "zwettl", "Landstraße 55", "3910", "Zwettl",
            "Johann Hahn", "+43 2822 0 57 03", "kuechenwerk@beispiel.at", "https://kuechenwerk.example",
            ["catering", "reinigung"], [], null,
            "Gemeinschaftsküche mit regionalem Einkauf: Mittagsmenüs für Betriebe, Pflegeeinrichtungen und Schulen sowie Catering für Seminare und Feiern im Waldviertel.",
            """
            Im Küchenwerk Waldviertel kochen täglich bis zu 400 Portionen – mit Erdäpfeln, Mohn und Fleisch von Höfen aus dem Bezirk. Der Menüplan wechselt wöchentlich und berücksichtigt vegetarische, leichte und allergenfreie Kost.

            Das Küchenwerk ist ein gemeinnütziges Beschäftigungsprojekt: Wer bei uns arbeitet, lernt Küche, Service und Hygiene von Grund auf und erwirbt Zertifikate, die in Gastronomie und Gemeinschaftsverpflegung anerkannt sind.
            """),
        new(
            "naehstube-gmuend", "Nähstube Gmünd", LabourMarketSegment.NonProfitEmploymentProject, "Verein",
            "gmuend", "Stadtplatz 17", "3950", "Gmünd",
            "Elisabeth Wimmer", "+43 2852 0 52 66", "naehstube@beispiel.at", "https://naehstube-gmuend.example",
            ["textil", "upcycling"], [ArbeitPlus], null,
            "Textilwerkstatt im oberen Waldviertel: Reparatur von Arbeitskleidung, Upcycling von Hotel- und Betriebswäsche und Stoffsackerl in Kleinserie.",
            """
            Die Nähstube Gmünd knüpft an die Textiltradition der Region an. Unsere Schneidermeisterin leitet Frauen und Männer an, die über das Projekt wieder in Beschäftigung finden – viele von ihnen mit Deutsch als Zweitsprache.

            Wir reparieren, ändern und nähen neu. Ausgemusterte Bettwäsche, Tischtücher und Vorhänge werden bei uns zu Schürzen, Brotsackerln und Taschen.
            """),
        new(
            "sauberland-neunkirchen", "Sauberland Neunkirchen", LabourMarketSegment.SocialEconomicEnterprise, "gemeinnützige GmbH",
            "neunkirchen", "Werksgasse 11", "2620", "Neunkirchen",
            "Martin Koller", "+43 2635 0 64 02", "sauberland@beispiel.at", "https://sauberland.example",
            ["reinigung", "gruenraumpflege"], [ArbeitPlus], null,
            "Reinigung, Räumung und Außenpflege im südlichen Industrieviertel: Sauberland bietet Unterhalts- und Fensterreinigung, Entrümpelungen und Winterdienst.",
            """
            Sauberland reinigt Büros, Praxen, Stiegenhäuser und Seminarräume – regelmäßig oder nach Bedarf. Bei Entrümpelungen trennen wir sorgfältig: Brauchbares geht in den Second-Hand-Verkauf, der Rest in die richtige Sammelschiene.

            Als sozialökonomischer Betrieb verbinden wir professionelle Dienstleistung mit Ausbildung: Unsere Transitarbeitskräfte absolvieren eine Basisschulung Reinigungstechnik und können den Lehrabschluss vorbereiten.
            """),
        new(
            "brueckenwerk-bruck", "Brückenwerk Bruck", LabourMarketSegment.NonProfitEmploymentProject, "Verein",
            "bruck-an-der-leitha", "Leithagasse 8", "2460", "Bruck an der Leitha",
            "Sandra Novak", "+43 2162 0 62 77", "brueckenwerk@beispiel.at", "https://brueckenwerk.example",
            ["montage-verpackung", "holz", "reinigung"], [ArbeitPlus], null,
            "Logistiknahe Dienstleistungen und Palettenmöbel: Das Brückenwerk kommissioniert, bearbeitet Retouren und baut aus Einwegpaletten Möbel nach Maß.",
            """
            Das Brückenwerk liegt mitten im Logistikraum zwischen Flughafen und Grenze. Wir übernehmen Arbeiten, die in Lagern und Speditionen anfallen, aber nicht zum Kerngeschäft gehören: Retouren prüfen, Waren umpacken, Behälter reinigen.

            In der Holzwerkstatt entstehen aus Einwegpaletten Lounge-Möbel, Hochbeete und Regale. Unser Team ist international; viele Mitarbeitende bringen Berufserfahrung aus ihren Herkunftsländern mit, die wir hier sichtbar machen.
            """),
    ];
}
