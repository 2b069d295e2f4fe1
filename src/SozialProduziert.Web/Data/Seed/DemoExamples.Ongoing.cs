using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>Ongoing collaborations, plus a draft, an archived and a scheduled example that the public must not see yet.</summary>
internal static partial class DemoExamples
{
    private static readonly DemoExample[] Ongoing =
    [
        new("Kräutertee versandfertig aus der Werkstätte", OutputType.ProcessSubstitution, 2014, null,
            ["kraeuterwerk-pielachtal"], ["werkstaette-sonnenhof"], ["montage-verpackung", "lettershop-versand"], null, 21_500, 18,
            "Die Werkstätte arbeitet so genau, dass wir die Stichprobenkontrolle halbieren konnten. Und unsere Saisonspitzen sind kein Thema mehr.",
            "DI Sonja Aigner, Geschäftsführerin Kräuterwerk Pielachtal GmbH", 1,
            "Abfüllen, Etikettieren und Versenden kleiner Chargen: Ein Kräuterhersteller hat die Konfektionierung an die Werkstätte Sonnenhof vergeben.",
            """
            Das Kräuterwerk Pielachtal füllt mehr als 60 Tee- und Gewürzmischungen in kleinen Chargen ab. Für Maschinen sind die Mengen zu klein, für das eigene Team waren sie in der Vorweihnachtszeit zu viel.

            Seit 2014 übernimmt die Werkstätte Sonnenhof das Abfüllen, Etikettieren und Verpacken, seit 2017 auch den Versand an Fachhändler. Die Arbeitsplätze wurden gemeinsam eingerichtet: mit Dosierhilfen, Wiegestationen und Fotoanleitungen für jede Sorte.

            ## Was beide Seiten gewinnen
            - planbare Arbeit für 18 Beschäftigte mit Behinderungen über das ganze Jahr
            - kürzere Lieferzeiten für den Fachhandel
            - eine Qualitätsquote von über 99,8 % fehlerfreien Packungen
            """),
        new("Gemeindegrün in sozialer Hand", OutputType.Service, 2016, null,
            ["marktgemeinde-lindenfeld"], ["gruenwerk-weinviertel"], ["gruenraumpflege"], null, 14_200, 16,
            "Die Wiesen blühen, die Beschwerden sind weniger geworden, und zwei Burschen aus dem Projekt arbeiten jetzt bei uns im Bauhof.",
            "Bürgermeisterin Renate Pfeiffer, Marktgemeinde Lindenfeld", 2,
            "Eine Weinviertler Gemeinde lässt Parks, Spielplätze und Friedhof von GrünWerk Weinviertel pflegen – ökologisch und mit Arbeitsplätzen für die Region.",
            """
            Die Marktgemeinde Lindenfeld vergab die Pflege ihrer Grünflächen 2016 an GrünWerk Weinviertel. Grundlage ist ein Pflegeplan, der gemeinsam mit der Gemeinde und einer Ökologin erstellt wurde: Mahd in Etappen, Blühstreifen entlang der Straßen, kein Einsatz von Pestiziden.

            Das Team besteht aus vier bis sechs Transitarbeitskräften und einem Vorarbeiter. Für die Gemeinde ist die Vergabe kostenneutral, für die Beschäftigten ist sie oft der erste feste Arbeitsalltag seit Jahren.
            """),
        new("Schul-Laptops aus dem Gemeindeamt", OutputType.ResidualMaterialRecycling, 2019, null,
            ["stadtgemeinde-steinfeldbrunn"], ["bytekreislauf"], ["it-refurbishing"], 2_350, 4_100, 9,
            "Die Geräte waren für uns abgeschrieben. In der Mittelschule sind sie jetzt jeden Tag im Einsatz.",
            "Thomas Weninger, Amtsleiter Stadtgemeinde Steinfeldbrunn", 1,
            "Ausgemusterte Computer aus Gemeindeamt und Bauhof werden bei ByteKreislauf sicher gelöscht, aufbereitet und an die Schulen der Gemeinde übergeben.",
            """
            Alle vier bis fünf Jahre tauscht die Stadtgemeinde Steinfeldbrunn ihre Arbeitsplatzrechner. Bis 2019 wurden die Altgeräte entsorgt. Heute holt ByteKreislauf sie ab, löscht die Datenträger mit Protokoll pro Seriennummer und bereitet die Geräte auf.

            Mehr als 300 Laptops und PCs sind seither an die Volks- und Mittelschulen der Gemeinde gegangen. Nicht mehr reparierbare Geräte werden sortenrein verwertet; das Gewicht wird für die Abfallbilanz der Gemeinde dokumentiert.
            """),
        new("Mittagstisch für das Pflegezentrum", OutputType.Service, 2012, null,
            ["pflegezentrum-sonnwiese"], ["kuechenwerk-waldviertel"], ["catering"], null, 26_000, 12,
            "Das Essen kommt pünktlich, es schmeckt nach Waldviertel, und die Küche hört zu, wenn sich unsere Bewohner etwas wünschen.",
            "Gabriele Strohmayer, Pflegedienstleitung Sonnwiese", 1,
            "Seit 2012 kocht das Küchenwerk Waldviertel täglich für Tagesbetreuung und Personal eines öffentlichen Pflegezentrums.",
            """
            Das Pflege- und Betreuungszentrum Sonnwiese suchte für seine Tagesbetreuung und die Mitarbeiterverpflegung einen Lieferanten, der regional einkauft und flexibel auf Diätformen reagiert. Das Küchenwerk Waldviertel liefert seither an fünf Tagen pro Woche zwei Menüs.

            Einmal im Quartal treffen sich Küche, Pflege und Bewohnervertretung, um den Speiseplan zu besprechen. So kommt der Mohnstrudel nach Großmutters Rezept regelmäßig auf den Tisch.
            """),
        new("Abfallkalender: gedruckt, gefalzt, zugestellt", OutputType.Service, 2011, null,
            ["abfallverband-weinviertel-sued"], ["druckwerkstatt-korneuburg"], ["druck", "lettershop-versand"], null, 7_400, 20,
            "Seit über zehn Jahren liegt der Kalender pünktlich vor Weihnachten in jedem Postkasten. Wir haben nie einen Grund gehabt, etwas zu ändern.",
            "Ing. Manfred Kern, Geschäftsführer Abfallverband Weinviertel Süd", 1,
            "Jedes Jahr erreichen 40.000 Abfallkalender die Haushalte im Verbandsgebiet – gedruckt, gefalzt und versendet von der Druck- und Bindewerkstatt Korneuburg.",
            """
            Der Abfallkalender ist das meistgelesene Druckwerk des Verbands. Die Druck- und Bindewerkstatt Korneuburg produziert ihn in 22 Gemeindeausgaben, falzt, sortiert nach Zustellgebieten und übergibt ihn termingerecht an die Post.

            Dazu kommen Trennhilfen in mehreren Sprachen, Plakate für die Altstoffsammelzentren und Einladungen zu Flurreinigungsaktionen.
            """),
        new("Grünpflege und Winterdienst am Hotelgelände", OutputType.Service, 2020, null,
            ["seminarhotel-alpenblick"], ["sauberland-neunkirchen"], ["gruenraumpflege", "reinigung"], null, null, null,
            "Wir müssen uns um Rasen und Schnee nicht mehr kümmern. Und wenn Gäste fragen, wer das macht, erzählen wir gern davon.",
            "Daniela Reisinger, Direktorin Seminarhotel Alpenblick", 1,
            "Ein Seminarhotel hat Rasenpflege, Heckenschnitt und Schneeräumung an Sauberland Neunkirchen vergeben.",
            """
            Parkplatz, Zufahrt, Liegewiese und Kräutergarten des Seminarhotels Alpenblick betreut seit 2020 ein Außenteam von Sauberland. Im Winter ist das Team ab fünf Uhr früh im Einsatz, damit Seminargäste sicher anreisen.

            Die Kennzahlen zu Arbeitsstunden und Beschäftigten werden für dieses Beispiel gerade erhoben.
            """),
        new("Geschenksets mit handgedruckten Anhängern", OutputType.GiveAwaysAndCustomProducts, 2022, null,
            ["kraeuterwerk-pielachtal"], ["atelier-lichtblick"], ["montage-verpackung", "druck"], null, 1_600, 15,
            "Unsere Kundinnen sammeln die Anhänger. Manche schicken uns Fotos von ihrer Pinnwand.",
            "DI Sonja Aigner, Geschäftsführerin Kräuterwerk Pielachtal GmbH", 1,
            "Die Jahresend-Geschenksets eines Kräuterherstellers verpackt das Atelier Lichtblick – mit Linoldruck-Anhängern, die jedes Jahr ein neues Motiv zeigen.",
            """
            Seit 2022 gestaltet das Atelier Lichtblick die Geschenksets des Kräuterwerks Pielachtal. Jedes Jahr wählen die Künstlerinnen und Künstler des Ateliers ein Kraut als Motiv, schneiden den Druckstock und drucken die Anhänger von Hand.

            Verpackt wird in Papier aus Fehldrucken der Region. Die Sets gehen an Fachhändler, Stammkundinnen und das Team des Kräuterwerks.
            """),
        new("Retouren im Takt der Saison", OutputType.ProcessSubstitution, 2021, null,
            ["ostwind-logistik"], ["brueckenwerk-bruck"], ["montage-verpackung"], null, 9_300, 13,
            "Im Jänner kommen die Retouren aus dem Weihnachtsgeschäft. Früher hat uns das jedes Jahr überrollt, heute ist es Routine.",
            "Mag. Harald Wutzl, Geschäftsführer Ostwind Logistik GmbH", 1,
            "Ein Logistikunternehmen fängt seine Retourenspitzen mit einem Team des Brückenwerks Bruck ab – im eigenen Lager und in der Halle des Sozialbetriebs.",
            """
            Nach Weihnachten und nach großen Rabattaktionen vervielfachen sich bei Ostwind Logistik die Rücksendungen. Seit 2021 prüft, sortiert und verpackt ein Team des Brückenwerks die Retouren, damit die Ware schnell wieder verkauft werden kann.

            Die Zusammenarbeit ist flexibel geregelt: Im Jänner arbeitet ein Team von bis zu acht Personen direkt im Lager, im Rest des Jahres werden Retouren wöchentlich in die Halle des Brückenwerks gebracht.
            """),
    ];

    private static readonly DemoExample[] NotYetPublic =
    [
        new("Austernpilze auf Kaffeesatz", OutputType.ResidualMaterialRecycling, 2025, null,
            ["seminarhotel-alpenblick"], ["kuechenwerk-waldviertel"], ["catering", "upcycling"], 800, null, 4,
            "Noch sind wir in der Testphase, aber die ersten Pilze waren schon auf dem Buffet.",
            "Daniela Reisinger, Direktorin Seminarhotel Alpenblick", 1,
            "Kaffeesatz aus dem Seminarbetrieb dient als Nährboden für Austernpilze, die wieder in der Hotelküche landen.",
            """
            Das Seminarhotel sammelt den Kaffeesatz aus Frühstück und Seminarpausen. Das Küchenwerk Waldviertel testet, ob sich darauf Austernpilze in brauchbarer Menge ziehen lassen.

            Dieser Beitrag ist ein Entwurf und wird veröffentlicht, sobald die Testphase abgeschlossen ist.
            """) { State = PublishState.Draft },
        new("Adventkerzen aus Altwachs", OutputType.GiveAwaysAndCustomProducts, 2011, 2012,
            ["marktgemeinde-lindenfeld"], ["tagesstaette-kamptal"], ["upcycling"], 90, 300, 10,
            "Die Kerzen waren am Adventmarkt in zwei Stunden ausverkauft.",
            "Bürgermeisterin Renate Pfeiffer, Marktgemeinde Lindenfeld", 1,
            "Wachsreste aus Pfarre und Haushalten wurden in der Tagesstätte Kamptal zu Kerzen für den Adventmarkt gegossen.",
            """
            In zwei Wintern sammelte die Gemeinde Kerzenreste, die die Tagesstätte Kamptal einschmolz, filterte und neu goss. Die Kerzen wurden am Adventmarkt zugunsten der Tagesstätte verkauft.

            Das Projekt wurde nicht fortgeführt; der Beitrag ist archiviert.
            """) { State = PublishState.Archived },
        new("Sitzmöbel aus Weinfassdauben", OutputType.ResidualMaterialRecycling, 2026, null,
            ["weingut-brunnthaler"], ["holzhof-horn"], ["holz", "upcycling"], 650, 700, 9,
            "Aus unseren alten Barriques werden Bänke für den Heurigengarten. Die Fässer bleiben also im Haus.",
            "Martina Brunnthaler, Weingut Brunnthaler", 1,
            "Ausgediente Barriquefässer eines Weinguts werden am Holzhof Horn zu Bänken und Hockern für den Heurigengarten.",
            """
            Barriquefässer aus Eiche werden nach drei bis vier Jahrgängen ausgemustert. Der Holzhof Horn zerlegt sie, schleift die Dauben und baut daraus Sitzbänke und Hocker, die die Form des Fasses zeigen.

            Die ersten Möbel werden zur Eröffnung der Heurigensaison geliefert.
            """) { PublishInDays = 30 },
    ];
}
