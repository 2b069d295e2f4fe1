using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>A demo Praxisbeispiel; partners and Sozialbetriebe by key, fields of work by slug. No end year means ongoing.</summary>
internal sealed record DemoExample(
    string Title,
    OutputType Output,
    int YearFrom,
    int? YearTo,
    string[] Partners,
    string[] Enterprises,
    string[] Fields,
    int? MaterialKg,
    int? WorkHours,
    int? People,
    string Quote,
    string QuoteAuthor,
    int ImageCount,
    string Teaser,
    string Body)
{
    public PublishState State { get; init; } = PublishState.Published;

    /// <summary>Days after seeding on which the example goes public; a positive value schedules it.</summary>
    public int PublishInDays { get; init; }
}

/// <summary>Praxisbeispiele: completed collaborations here, ongoing ones and the unpublished showcases in the other part.</summary>
internal static partial class DemoExamples
{
    public static IEnumerable<DemoExample> All => Completed.Concat(Ongoing).Concat(NotYetPublic);

    private static readonly DemoExample[] Completed =
    [
        new("Kräuterkisten aus Fensterholz-Verschnitt", OutputType.ResidualMaterialRecycling, 2012, 2016,
            ["leitner-fenster"], ["holzwerkstatt-mostviertel"], ["holz", "upcycling"], 18_400, 6_200, 14,
            "Früher haben wir den Verschnitt verheizt. Heute verschenken wir ihn – und jede Kundin fragt nach, woher die Kiste kommt.",
            "Ing. Karl Leitner, Geschäftsführer Leitner Fenster & Türen GmbH", 2,
            "Aus kurzen Fensterkanteln, die früher im Heizkessel landeten, fertigte die Holzwerkstatt Mostviertel fünf Jahre lang Kräuterkisten und Präsentverpackungen.",
            """
            Bei der Fertigung von Holzfenstern fallen täglich kurze Kanteln aus Fichte und Lärche an: astfrei, verleimt, bestens getrocknet – aber zu kurz für die Produktion. Im Beratungsgespräch mit KOMUNITAS entstand die Idee, daraus ein eigenes Produkt zu entwickeln.

            Die Holzwerkstatt Mostviertel entwarf eine Kiste für drei Kräutertöpfe, die sich aus den gängigen Restlängen ohne weiteren Verschnitt fertigen lässt. Leitner lieferte den Verschnitt einmal pro Woche in Gitterboxen an, die Werkstatt sortierte, hobelte und baute.

            ## Ergebnis
            - mehr als 18 Tonnen Holz stofflich statt thermisch verwertet
            - rund 9.000 Kisten als Kundengeschenk und im Verkauf
            - 14 Transitarbeitskräfte mit Praxis in der Holzbearbeitung, sechs davon mit anschließender Anstellung in Tischlereien der Region
            """),
        new("Werbebanner werden zu Taschen", OutputType.ResidualMaterialRecycling, 2011, 2019,
            ["donautal-druck"], ["rewerk", "naehstube-gmuend"], ["textil", "upcycling"], 9_600, 11_800, 22,
            "Unsere Banner hängen jetzt an den Schultern unserer Kundinnen und Kunden statt im Container. Besser kann man Kreislaufwirtschaft nicht erklären.",
            "Mag.a Eva Donninger, Marketingleiterin Donautal Druck & Medien GmbH", 3,
            "Neun Jahre lang verarbeiteten ReWerk und die Nähstube Gmünd ausgediente PVC-Banner einer Kremser Druckerei zu Umhängetaschen und Laptophüllen.",
            """
            Werbebanner aus PVC sind robust, wetterfest und nach einer Saison meist Abfall. Die Donautal Druck & Medien GmbH suchte einen Weg, die Banner ihrer Kundinnen und Kunden sinnvoll weiterzuverwenden, und fand ihn über das Projekt „Soziale Produktion“.

            ReWerk in St. Pölten übernahm Zuschnitt und Design, die Nähstube Gmünd nähte in Spitzenzeiten mit. Gemeinsam entwickelten die Betriebe drei Modelle, die sich aus den üblichen Bannerformaten mit wenig Verschnitt schneiden lassen. Die Druckerei bot ihren Kundinnen und Kunden an, die Taschen aus dem eigenen Banner zurückzukaufen – ein Angebot, das vor allem Festivals und Tourismusverbände nutzten.

            Das Projekt endete 2019, als die Druckerei auf textile Banner umstellte. Die Schnittmuster nutzt ReWerk bis heute für andere Auftraggeber.
            """),
        new("Weinkarton mit Holzdeckel als Kundengeschenk", OutputType.GiveAwaysAndCustomProducts, 2013, 2018,
            ["weingut-brunnthaler"], ["holzhof-horn"], ["holz"], 1_150, 2_300, 8,
            "Die Kiste ist das Erste, was unsere Kunden in der Hand haben. Sie erzählt schon vom Weinviertel, bevor die Flasche offen ist.",
            "Martina Brunnthaler, Weingut Brunnthaler", 1,
            "Für seine Geschenkkartons bezog ein Weinviertler Weingut Holzdeckel mit eingebranntem Etikett – gefertigt am Holzhof Horn aus Restholz eines Sägewerks.",
            """
            Das Weingut Brunnthaler wollte seine Zwei- und Dreierkartons aufwerten, ohne auf Kunststoff oder Hochglanz zu setzen. Der Holzhof Horn entwickelte einen Schiebedeckel, der in den Standardkarton passt und das Weingut-Logo als Brandzeichen trägt.

            Das Holz stammte aus Restbeständen eines Waldviertler Sägewerks. Die Beschäftigten der Werkstätte übernahmen alle Arbeitsschritte vom Zuschnitt bis zum Brennen des Logos; für das Einbrennen wurde eine Vorrichtung gebaut, die auch ohne Vorkenntnisse saubere Ergebnisse liefert.
            """),
        new("Hotelwäsche mit zweitem Leben", OutputType.ResidualMaterialRecycling, 2015, 2019,
            ["seminarhotel-alpenblick"], ["naehstube-gmuend", "tagesstaette-kamptal"], ["textil", "upcycling"], 3_200, 5_400, null,
            "Unsere Gäste nehmen ein Stück Alpenblick mit nach Hause, und wir wissen, dass unsere Wäsche nicht im Müll landet.",
            "Daniela Reisinger, Direktorin Seminarhotel Alpenblick", 1,
            "Ausgemusterte Bettwäsche und Tischtücher eines Seminarhotels wurden in zwei Sozialbetrieben zu Schürzen, Brotsackerln und Taschen für den Hotelshop.",
            """
            Ein Hotel mit 60 Zimmern mustert jedes Jahr mehrere hundert Kilogramm Wäsche aus – meist wegen kleiner Flecken oder dünner Stellen. Das Seminarhotel Alpenblick gab diese Wäsche ab 2015 an die Nähstube Gmünd und die Tagesstätte Kamptal.

            Die Nähstube nähte Schürzen und Einkaufstaschen, die Kreativwerkstatt der Tagesstätte bedruckte Brotsackerl mit Motiven aus den Voralpen. Verkauft wurden die Produkte an der Rezeption und bei Seminaren als Teilnehmergeschenk.
            """),
        new("Kundenmailing aus dem Lettershop", OutputType.ProcessSubstitution, 2013, 2018,
            ["donautal-druck"], ["versandwerk-baden"], ["lettershop-versand"], null, 3_800, 11,
            "Wir drucken, das Versandwerk kuvertiert und versendet. Seitdem ist unser Versandraum ein Besprechungszimmer.",
            "Ing. Robert Hager, Produktionsleiter Donautal Druck & Medien GmbH", 1,
            "Eine Druckerei verlagerte das Personalisieren, Kuvertieren und Einliefern ihrer Kundenaussendungen an das Versandwerk Baden.",
            """
            Vier Mal im Jahr verschickte die Donautal Druck & Medien GmbH Musterbögen, Preislisten und Einladungen an rund 6.000 Kundinnen und Kunden. Bis 2013 wurde dafür das Produktionsteam für mehrere Tage aus dem Druck abgezogen.

            Das Versandwerk Baden übernahm den gesamten Ablauf ab der Übergabe der Druckbogen: Adressierung, Falzen, Kuvertieren, Sortierung für den Postrabatt und Einlieferung. Die Adressdaten wurden nach einer Vereinbarung zur Auftragsverarbeitung verarbeitet und nach jeder Aussendung gelöscht.
            """),
        new("Flaschenöffner zum Firmenjubiläum", OutputType.GiveAwaysAndCustomProducts, 2018, 2018,
            ["ostwind-logistik"], ["metallwerkstaette-ybbstal"], ["metall"], 420, 900, 12,
            "1.200 Gäste, 1.200 Öffner – und jeder einzelne aus unserem eigenen Material. Das hat beim Fest mehr bewegt als jede Rede.",
            "Mag. Harald Wutzl, Geschäftsführer Ostwind Logistik GmbH", 1,
            "Zum 20-Jahr-Jubiläum ließ ein Logistikunternehmen aus dem Stahlverschnitt seiner Regalmontage Flaschenöffner mit Firmenlogo fertigen.",
            """
            Beim Umbau ihres Hochregallagers blieben bei Ostwind Logistik mehrere hundert Kilogramm Stahlblech übrig. Zum Firmenjubiläum entstand die Idee, daraus ein Geschenk für Belegschaft und Gäste zu machen.

            Die Metallwerkstätte Ybbstal ließ die Öffner bei einem Partnerbetrieb lasern und übernahm Entgraten, Schleifen, Ölen und Verpacken. Zwölf Beschäftigte waren sechs Wochen lang mit dem Auftrag beschäftigt.
            """),
    ];
}
