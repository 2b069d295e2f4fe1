using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>A product or service of a demo Sozialbetrieb, referenced by its key; the field of work by slug.</summary>
internal sealed record DemoOffer(
    string Enterprise,
    string Field,
    string Title,
    string Price,
    string LeadTime,
    string MinimumQuantity,
    string Description,
    bool HasImage = false)
{
    public OfferKind Kind { get; init; } = OfferKind.Product;
}

/// <summary>The demo offers: products here, services in the other part.</summary>
internal static partial class DemoOffers
{
    public static IEnumerable<DemoOffer> All => Products.Concat(Services.Select(s => s with { Kind = OfferKind.Service }));

    private static readonly DemoOffer[] Products =
    [
        new("rewerk", "upcycling", "Taschen aus Werbebannern", "ab € 18,00 pro Stück", "4–6 Wochen", "ab 50 Stück",
            """
            Umhängetaschen, Kulturbeutel und Laptophüllen aus Ihren ausgedienten PVC-Bannern und Planen. Jedes Stück ist ein Unikat, weil das Motiv des Banners anders angeschnitten wird.

            - wasserabweisend und robust
            - auf Wunsch mit eingenähtem Logo-Label
            - Materialherkunft wird auf dem Anhänger dokumentiert
            """, HasImage: true),
        new("rewerk", "textil", "Federpennale aus Stoffresten", "ab € 6,50 pro Stück", "3–4 Wochen", "ab 100 Stück",
            "Flache Pennale mit Reißverschluss aus Segeltuch- und Stoffresten, ideal als Give-away für Schulaktionen, Lehrlingstage und Messen."),
        new("holzwerkstatt-mostviertel", "holz", "Kräuterkisten aus Fensterholz", "ab € 24,00 pro Stück", "6 Wochen", "ab 20 Stück",
            """
            Pflanzkisten aus Fichten- und Lärchenverschnitt der Fensterproduktion, geölt und mit Folie ausgekleidet. Passend für drei Kräutertöpfe – ein Geschenk, das wächst.

            Auf Wunsch mit eingebranntem Logo.
            """, HasImage: true),
        new("holzwerkstatt-mostviertel", "holz", "Präsentkisten aus Holz", "ab € 9,80 pro Stück", "4–8 Wochen", "ab 100 Stück",
            "Schiebedeckel- und Klappkisten für Wein, Most, Honig oder Werbegeschenke. Maße nach Ihren Produkten, Einlagen aus Holzwolle oder Karton."),
        new("tagesstaette-kamptal", "textil", "Filzanhänger in Handarbeit", "ab € 4,50 pro Stück", "6–8 Wochen", "ab 30 Stück",
            """
            Herzen, Sterne, Blätter oder Ihre eigene Form, nassgefilzt aus Schafwolle aus dem Waldviertel. Beliebt als Weihnachtsgruß an Kundinnen und Kunden.
            """),
        new("tagesstaette-kamptal", "upcycling", "Notizbücher mit Stoffeinband", "ab € 8,90 pro Stück", "6 Wochen", "ab 25 Stück",
            "A5-Notizbücher mit Recyclingpapier, der Einband aus Stoffresten von Polsterern und Schneidereien. Fadengeheftet, jedes Exemplar anders."),
        new("versandwerk-baden", "druck", "Digitaldruck von Flyern und Karten", "ab € 0,18 pro Stück", "1 Woche", "ab 250 Stück",
            "Flyer, Einladungen und Postkarten im Digitaldruck bis A3, auf Recyclingpapier oder FSC-zertifiziertem Papier. Auf Wunsch direkt mit Versand."),
        new("bytekreislauf", "it-refurbishing", "Aufbereitete Laptops für Schulen und Vereine", "ab € 189,00 pro Gerät", "ab Lager", "1 Stück",
            """
            Geprüfte Business-Laptops mit SSD, neuem Akku bei Bedarf und frisch installiertem Betriebssystem. 12 Monate Gewährleistung.

            Schulen, Vereine und Sozialeinrichtungen erhalten Sonderkonditionen.
            """),
        new("kuechenwerk-waldviertel", "catering", "Waldviertler Genusskorb", "ab € 25,00 pro Korb", "3 Wochen", "ab 10 Körben",
            "Geschenkkorb mit Mohnstrudel, Erdäpfelkas im Glas, Kräutersalz und Apfelchips aus unserer Küche, verpackt in einem wiederverwendbaren Korb."),
        new("metallwerkstaette-ybbstal", "metall", "Flaschenöffner aus Stahlverschnitt", "ab € 5,40 pro Stück", "4–6 Wochen", "ab 100 Stück",
            """
            Handliche Flaschenöffner aus 3-mm-Stahlblech, gelasert aus Ihrem Verschnitt, entgratet und pulverbeschichtet oder geölt. Ihr Logo wird als Kontur mitgeschnitten.
            """, HasImage: true),
        new("metallwerkstaette-ybbstal", "metall", "Garderobenhaken im Schmiedestil", "ab € 14,00 pro Stück", "5 Wochen", "ab 20 Stück",
            "Gebogene Wandhaken aus Flachstahl, geschwärzt und gewachst – für Büros, Seminarräume und als Geschenk mit regionalem Bezug."),
        new("naehstube-gmuend", "upcycling", "Schürzen und Taschen aus Hotelwäsche", "ab € 12,00 pro Stück", "4 Wochen", "ab 30 Stück",
            "Aus ausgemusterter Bett- und Tischwäsche nähen wir Schürzen, Brotsackerl und Einkaufstaschen. Ideal für Hotels und Gastronomie, die ihren Gästen ein Stück Haus mitgeben wollen."),
        new("naehstube-gmuend", "textil", "Stoffsackerl mit Logo", "ab € 3,90 pro Stück", "5–6 Wochen", "ab 200 Stück",
            "Einkaufssackerl aus Bio-Baumwolle, genäht in Gmünd, mit Siebdruck Ihres Logos in bis zu zwei Farben."),
        new("atelier-lichtblick", "druck", "Grußkarten in Linoldruck", "ab € 2,80 pro Stück", "4 Wochen", "ab 50 Stück",
            """
            Handgedruckte Klappkarten mit Kuvert, Motive aus unserem Atelier oder nach Ihrem Thema. Auf der Rückseite steht, wer die Karte gedruckt hat.
            """, HasImage: true),
        new("atelier-lichtblick", "upcycling", "Papierschmuck aus Fehldrucken", "ab € 3,50 pro Stück", "5 Wochen", "ab 30 Stück",
            "Sterne, Girlanden und Anhänger aus Fehldrucken und Altpapier – gefaltet, gestanzt und bemalt. Schöne Dekoration für Empfangsbereiche und Weihnachtsfeiern."),
        new("druckwerkstatt-korneuburg", "druck", "Broschüren drucken und binden", "ab € 1,60 pro Stück", "1–2 Wochen", "ab 100 Stück",
            "Geheftete oder klebegebundene Broschüren bis 120 Seiten, etwa für Gemeindezeitungen, Jahresberichte und Vereinschroniken."),
        new("druckwerkstatt-korneuburg", "upcycling", "Notizblöcke aus Fehldrucken", "ab € 1,20 pro Block", "2 Wochen", "ab 100 Stück",
            "Ihre Fehldrucke und Restbogen werden zu geleimten Notizblöcken in A6 oder A5 – mit Kartonrücken aus Verpackungsresten."),
        new("holzhof-horn", "holz", "Hochbeete aus Lärchenholz", "ab € 260,00 pro Stück", "4 Wochen", "1 Stück",
            "Unbehandelte Hochbeete aus Waldviertler Lärche in drei Größen, mit Wühlmausgitter und Vlies. Lieferung und Aufbau im Umkreis von 50 km möglich."),
        new("holzhof-horn", "holz", "Sitzbänke für Außenanlagen", "ab € 340,00 pro Stück", "6–8 Wochen", "1 Stück",
            "Massive Bänke aus Robinie oder Eiche für Firmengelände, Schulhöfe und Gemeindeplätze. Auf Wunsch mit Rückenlehne und eingefräster Widmung."),
        new("brueckenwerk-bruck", "holz", "Palettenmöbel nach Maß", "ab € 120,00 pro Stück", "4–6 Wochen", "1 Stück",
            "Lounge-Sofas, Tische und Regale aus geschliffenen Einwegpaletten, mit Sitzpolstern aus wetterfestem Stoff. Wir holen Ihre Paletten auch ab."),
    ];
}
