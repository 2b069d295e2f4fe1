using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>A fictional partner; <see cref="Programme"/> is one of the <see cref="DemoPartners"/> programme keys or null.</summary>
internal sealed record DemoPartner(
    string Key,
    string Name,
    PartnerKind Kind,
    string Sector,
    string District,
    string? Programme,
    LogoMark? Logo,
    string LogoField,
    string Teaser,
    string Showcase)
{
    public string Website => $"https://{Key}.example";
}

/// <summary>The two programmes and ten partners (companies, public buyers, municipalities) of the demo.</summary>
internal static class DemoPartners
{
    public const string FirstRound = "erfolg-1";
    public const string SecondRound = "erfolg-2";

    public static IReadOnlyDictionary<string, Programme> CreateProgrammes() => new Dictionary<string, Programme>
    {
        [FirstRound] = Programme(
            "Erfolg mit FAIRantwortung in Niederösterreich",
            "Erste Runde des Programms, mit dem das Land Niederösterreich Unternehmen beim Entwickeln von CSR-Strategien und Nachhaltigkeitsberichten begleitet.",
            "Land Niederösterreich"),
        [SecondRound] = Programme(
            "Erfolg mit FAIRantwortung in Niederösterreich 2",
            "Zweite Runde des Programms. Zehn teilnehmende Unternehmen können die Vermittlungsleistung „Soziale Produktion“ zu 100 % gefördert in Anspruch nehmen: einen halben Beratungstag im Betrieb und bis zu zehn weitere Beratungsstunden.",
            "Land Niederösterreich, Abteilung Wirtschaft, Tourismus und Technologie"),
    };

    public static IReadOnlyList<DemoPartner> All { get; } =
    [
        new("donautal-druck", "Donautal Druck & Medien GmbH", PartnerKind.Company, "Druckerei und Mediendienstleistungen", "krems-an-der-donau",
            SecondRound, LogoMark.FourSquares, "druck",
            "Familiengeführte Druckerei in Krems, die ihre ausgedienten Werbebanner nicht mehr entsorgt, sondern zu Taschen verarbeiten lässt.",
            """
            Die Donautal Druck & Medien GmbH beschäftigt 85 Mitarbeiterinnen und Mitarbeiter und druckt für Kundinnen und Kunden aus Kultur, Tourismus und Handel. Seit 2011 gehen ausgediente Werbebanner nicht mehr in den Restmüll, sondern an ReWerk in St. Pölten und die Nähstube Gmünd.

            ## Unser Beitrag
            - rund eine Tonne PVC-Banner pro Jahr, die als Taschen ein zweites Leben bekommen
            - Aussendungen an Stammkundinnen und Stammkunden über das Versandwerk Baden
            - Lehrlinge besuchen jährlich einen Partnerbetrieb, um die Arbeit dort kennenzulernen
            """),
        new("leitner-fenster", "Leitner Fenster & Türen GmbH", PartnerKind.Company, "Holz- und Holz-Alu-Fensterbau", "amstetten",
            SecondRound, LogoMark.SplitDiamond, "holz",
            "Fensterbauer aus dem Mostviertel, dessen Holzverschnitt in der Holzwerkstatt Mostviertel zu Kräuterkisten und Präsentverpackungen wird.",
            """
            Bei der Fertigung von Holzfenstern bleiben kurze, hochwertige Kanteln übrig – zu klein für Fenster, zu schade zum Verheizen. Gemeinsam mit der Holzwerkstatt Mostviertel hat Leitner daraus eine eigene Produktlinie entwickelt.

            Die Kräuterkisten sind heute das Weihnachtsgeschenk an Kundinnen und Kunden, und die Geschichte dahinter erzählt das Unternehmen in seinem Nachhaltigkeitsbericht.
            """),
        new("weingut-brunnthaler", "Weingut Brunnthaler", PartnerKind.Company, "Weinbau und Direktvermarktung", "mistelbach",
            FirstRound, null, "holz",
            "Weingut im Weinviertel, das Geschenkkartons mit Holzdeckeln aus einer Werkstätte für Menschen mit Behinderungen bezieht.",
            """
            Das Weingut Brunnthaler bewirtschaftet 24 Hektar rund um Mistelbach. Seit der Teilnahme an „Erfolg mit FAIRantwortung“ bezieht es seine Geschenkverpackungen aus sozialer Produktion.

            Ausgediente Barriquefässer gehen an den Holzhof Horn, wo daraus Deckel, Untersetzer und demnächst auch Sitzmöbel entstehen.
            """),
        new("marktgemeinde-lindenfeld", "Marktgemeinde Lindenfeld", PartnerKind.Municipality, "Gemeindeverwaltung", "hollabrunn",
            null, null, "gruenraumpflege",
            "Gemeinde im Weinviertel, die ihre Parks, Spielplätze und Friedhofsanlagen von einem sozialökonomischen Betrieb pflegen lässt.",
            """
            Die Marktgemeinde Lindenfeld (2.900 Einwohnerinnen und Einwohner) hat die Pflege ihrer Grünflächen 2016 an GrünWerk Weinviertel vergeben. Ausschlaggebend waren das ökologische Pflegekonzept und die Möglichkeit, Menschen aus der Gemeinde Arbeit zu geben.

            Heute blühen entlang der Ortsdurchfahrt Wildblumenstreifen, und zwei ehemalige Transitarbeitskräfte arbeiten inzwischen fix im Bauhof der Gemeinde.
            """),
        new("abfallverband-weinviertel-sued", "Abfallverband Weinviertel Süd", PartnerKind.PublicBuyer, "Abfallwirtschaft", "korneuburg",
            SecondRound, null, "lettershop-versand",
            "Gemeindeverband, der Abfallkalender und Informationsaussendungen für 40.000 Haushalte von einer Werkstätte drucken und versenden lässt.",
            """
            Der Abfallverband Weinviertel Süd betreut 22 Gemeinden. Seit 2011 entstehen Abfallkalender, Trennhilfen und Einladungen zu Aktionstagen in der Druck- und Bindewerkstatt Korneuburg.

            Vergeben wird der Auftrag als vorbehaltener Auftrag an einen Betrieb, der Menschen mit Behinderungen beschäftigt – eine Möglichkeit, die das Bundesvergabegesetz ausdrücklich vorsieht.
            """),
        new("seminarhotel-alpenblick", "Seminarhotel Alpenblick GmbH", PartnerKind.Company, "Hotellerie und Seminartourismus", "lilienfeld",
            SecondRound, null, "textil",
            "Seminarhotel in den Voralpen, das ausgemusterte Hotelwäsche zu Souvenirs verarbeiten und sein Gelände sozial pflegen lässt.",
            """
            Das Seminarhotel Alpenblick mit 60 Zimmern setzt auf regionale Partner. Bettwäsche und Tischtücher, die nicht mehr für den Gästebetrieb taugen, werden in der Nähstube Gmünd und der Tagesstätte Kamptal zu Schürzen und Brotsackerln – die Gäste können sie im Hotelshop kaufen.

            Grünflächen, Parkplatz und Winterdienst übernimmt seit 2020 Sauberland Neunkirchen.
            """),
        new("ostwind-logistik", "Ostwind Logistik GmbH", PartnerKind.Company, "Spedition und Lagerlogistik", "bruck-an-der-leitha",
            SecondRound, LogoMark.RisingBars, "montage-verpackung",
            "Logistikunternehmen mit 140 Beschäftigten, das Retourenbearbeitung an das Brückenwerk Bruck auslagert und Jubiläumsgeschenke sozial fertigen lässt.",
            """
            Ostwind Logistik betreibt zwei Lager an der A4. Arbeitsspitzen bei Retouren fängt seit 2021 das Brückenwerk Bruck ab – in der eigenen Halle oder mit einem Team direkt im Lager.

            ## Vorbildlich
            - 20-Jahr-Jubiläum 2018: 1.200 Flaschenöffner aus eigenem Stahlverschnitt, gefertigt in der Metallwerkstätte Ybbstal
            - Lounge-Möbel aus Einwegpaletten für den Pausenbereich
            """),
        new("pflegezentrum-sonnwiese", "Pflege- und Betreuungszentrum Sonnwiese", PartnerKind.PublicBuyer, "Pflege und Betreuung", "zwettl",
            SecondRound, null, "catering",
            "Öffentliche Pflegeeinrichtung im Waldviertel, deren Mittagstisch seit 2012 aus der Gemeinschaftsküche eines Beschäftigungsprojekts kommt.",
            """
            Das Pflege- und Betreuungszentrum Sonnwiese versorgt 110 Bewohnerinnen und Bewohner. Mittagessen für die Tagesbetreuung und das Personal liefert das Küchenwerk Waldviertel – frisch gekocht, mit Zutaten aus dem Bezirk.

            Bewohnerinnen und Bewohner bringen Rezeptwünsche ein; einmal im Monat steht ein „Sonnwiese-Klassiker“ auf dem Speiseplan.
            """),
        new("stadtgemeinde-steinfeldbrunn", "Stadtgemeinde Steinfeldbrunn", PartnerKind.Municipality, "Gemeindeverwaltung", "wiener-neustadt-land",
            SecondRound, null, "it-refurbishing",
            "Stadtgemeinde im Steinfeld, die ausgemusterte Computer aus Gemeindeamt und Bauhof aufbereiten lässt und an Schulen weitergibt.",
            """
            Seit 2019 gehen die Laptops und PCs des Gemeindeamts nach dem Ende ihrer Nutzungszeit an ByteKreislauf in Wiener Neustadt. Die Daten werden protokolliert gelöscht, die Geräte aufbereitet und an die Volks- und Mittelschulen der Gemeinde übergeben.

            Der Gemeinderat hat beschlossen, bei Neuanschaffungen auf reparierbare Geräte zu achten.
            """),
        new("kraeuterwerk-pielachtal", "Kräuterwerk Pielachtal GmbH", PartnerKind.Company, "Kräuterprodukte und Naturkosmetik", "st-poelten-land",
            SecondRound, LogoMark.OverlappingCircles, "gruenraumpflege",
            "Hersteller von Kräutertees und Naturkosmetik, der Konfektionierung und Geschenksets seit 2014 an Sozialbetriebe vergibt.",
            """
            Das Kräuterwerk Pielachtal verarbeitet Kräuter von 40 Vertragsbäuerinnen und -bauern. Das Abfüllen, Etikettieren und Versenden kleiner Chargen übernimmt die Werkstätte Sonnenhof in Tulln.

            Die Geschenksets zum Jahresende gestaltet das Atelier Lichtblick in Mödling – mit handgedruckten Anhängern, die Kundinnen und Kunden sammeln.
            """),
    ];

    private static Programme Programme(string name, string description, string fundingBody) =>
        new() { Name = name, Slug = Slug.From(name), Description = description, FundingBody = fundingBody };
}
