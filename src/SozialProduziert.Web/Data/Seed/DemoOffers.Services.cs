namespace SozialProduziert.Web.Data.Seed;

/// <summary>The services of the demo Sozialbetriebe.</summary>
internal static partial class DemoOffers
{
    private static readonly DemoOffer[] Services =
    [
        new("rewerk", "upcycling", "Upcycling-Check für Werbemittel", "Erstgespräch kostenlos, danach nach Aufwand", "Termin binnen 2 Wochen", "keine",
            "Wir sehen uns Ihre Lager- und Restbestände an – Banner, Roll-ups, Messewände, Stoffe – und schlagen Produkte vor, die daraus entstehen können. Sie erhalten eine kurze Übersicht mit Mengen, Preisen und Zeitplan."),
        new("holzwerkstatt-mostviertel", "montage-verpackung", "Montage von Baugruppen aus Holz", "ab € 32,00 pro Arbeitsstunde", "nach Absprache, laufend möglich", "keine",
            "Verleimen, Verschrauben, Beschlagen: Wir montieren Holzteile und Beschläge nach Ihren Vorgaben und liefern einbaufertig an."),
        new("werkstaette-sonnenhof", "montage-verpackung", "Konfektionierung und Verpackung", "ab € 0,15 pro Stück", "1–2 Wochen", "ab 500 Stück",
            """
            Abfüllen, Etikettieren, Einschweißen, Zusammenstellen: Wir übernehmen die Handarbeit, die zwischen Produktion und Versand anfällt.

            - Lebensmittelverpackung nach HACCP
            - Qualitätskontrolle mit Stichprobenprotokoll
            - Abholung und Zustellung im Raum Tulln
            """, HasImage: true),
        new("werkstaette-sonnenhof", "lettershop-versand", "Kuvertierung und Postversand", "ab € 0,09 pro Sendung zzgl. Porto", "3–5 Werktage", "ab 200 Sendungen",
            "Falzen, Kuvertieren, Frankieren und Einliefern bei der Post – für Einladungen, Kundenbriefe und Vereinsaussendungen."),
        new("werkstaette-sonnenhof", "montage-verpackung", "Geschenksets zusammenstellen", "ab € 1,20 pro Set", "2 Wochen", "ab 50 Sets",
            "Wir stellen Kundengeschenke und Mitarbeiterpräsente aus Ihren Produkten zusammen, verpacken sie ansprechend und versenden sie auf Wunsch einzeln."),
        new("gruenwerk-weinviertel", "gruenraumpflege", "Grünflächenpflege für Betriebsgelände", "ab € 38,00 pro Arbeitsstunde", "Start binnen 2 Wochen", "Saisonvertrag ab 10 Einsätzen",
            """
            Mähen, Heckenschnitt, Laubarbeit und Pflege von Blühflächen auf Firmen- und Gemeindegrund. Wir arbeiten insektenfreundlich und ohne chemische Pflanzenschutzmittel.
            """),
        new("gruenwerk-weinviertel", "gruenraumpflege", "Baum- und Strauchschnitt", "Preis nach Besichtigung", "je nach Saison 1–4 Wochen", "keine",
            "Form- und Pflegeschnitt von Obstbäumen, Hecken und Ziersträuchern, inklusive Abtransport und Kompostierung des Schnittguts."),
        new("gruenwerk-weinviertel", "reinigung", "Winterdienst für Parkplätze und Gehwege", "Saisonpauschale nach Fläche", "Vertragsabschluss bis Ende Oktober", "keine",
            "Schneeräumung und Streuung mit Splitt oder Salz nach Ihren Vorgaben, dokumentiert in einem Räumprotokoll."),
        new("versandwerk-baden", "lettershop-versand", "Lettershop: Personalisieren, Falzen, Kuvertieren", "ab € 0,11 pro Sendung", "2–5 Werktage", "ab 500 Sendungen",
            """
            Adressierung im Digitaldruck, maschinelles Falzen und Kuvertieren bis C4, Sortierung für den Postrabatt und Einlieferung.

            Adressdaten verarbeiten wir nach einer Vereinbarung zur Auftragsverarbeitung gemäß DSGVO.
            """),
        new("versandwerk-baden", "montage-verpackung", "Fulfilment für kleine Onlineshops", "ab € 1,90 pro Paket zzgl. Versand", "Versand am Folgetag", "ab 100 Paketen pro Monat",
            "Lagerung, Kommissionierung, Verpackung und Paketversand für Onlineshops aus der Region – mit Verpackungsmaterial aus Recyclingkarton."),
        new("bytekreislauf", "it-refurbishing", "Aufbereitung von Firmen-Laptops", "ab € 35,00 pro Gerät", "2–3 Wochen", "ab 10 Geräten",
            """
            Ihre ausgemusterten Geräte werden abgeholt, sicher gelöscht, geprüft und wiederaufbereitet. Auf Wunsch geben wir sie in Ihrem Namen an eine Schule oder einen Verein weiter.
            """),
        new("bytekreislauf", "it-refurbishing", "Zertifizierte Datenlöschung", "ab € 8,00 pro Datenträger", "1 Woche", "keine",
            "Löschung von Festplatten und SSDs nach anerkannten Verfahren, mit Löschprotokoll pro Seriennummer. Defekte Datenträger werden physisch zerstört."),
        new("kuechenwerk-waldviertel", "catering", "Mittagsmenüs für Betriebe und Einrichtungen", "ab € 7,90 pro Menü", "Start nach Vereinbarung", "ab 20 Portionen pro Tag",
            "Zwei Menüs täglich, eines davon vegetarisch, geliefert in Warmhalteboxen. Allergene sind gekennzeichnet, der Speiseplan kommt eine Woche im Voraus."),
        new("kuechenwerk-waldviertel", "catering", "Seminar- und Veranstaltungscatering", "ab € 14,50 pro Person", "10 Werktage Vorlauf", "ab 15 Personen",
            """
            Kaffeepausen, Fingerfood und Buffets mit regionalen Zutaten – serviert auf Mehrweggeschirr. Auf Wunsch übernehmen wir auch Service und Abwasch.
            """, HasImage: true),
        new("metallwerkstaette-ybbstal", "metall", "Blechbearbeitung und Kleinserien", "ab € 36,00 pro Arbeitsstunde", "nach Absprache", "keine",
            "Bohren, Entgraten, Kanten und Schweißen von Kleinteilen nach Zeichnung. Wir übernehmen auch Nacharbeit und Sortierprüfung."),
        new("metallwerkstaette-ybbstal", "montage-verpackung", "Montage und Prüfung von Baugruppen", "ab € 30,00 pro Arbeitsstunde", "ab 2 Wochen", "ab 100 Baugruppen",
            "Vormontage von Beschlägen, Halterungen und Kabelsätzen mit Funktionsprüfung – dokumentiert nach Ihrem Prüfplan."),
        new("naehstube-gmuend", "textil", "Reparatur von Arbeitskleidung", "ab € 6,00 pro Teil", "1 Woche", "keine",
            "Reißverschlüsse tauschen, Knie verstärken, Säume kürzen: Wir reparieren Arbeits- und Berufskleidung, damit sie länger hält. Abholung im Bezirk Gmünd."),
        new("atelier-lichtblick", "montage-verpackung", "Kreative Verpackung von Geschenken", "ab € 1,50 pro Verpackung", "2 Wochen", "ab 20 Stück",
            "Wir verpacken Ihre Kundengeschenke in Papier aus unserem Atelier, mit handgedruckten Anhängern und einer persönlichen Note."),
        new("sauberland-neunkirchen", "reinigung", "Unterhaltsreinigung von Büros", "ab € 29,00 pro Arbeitsstunde", "Start binnen 2 Wochen", "ab 2 Stunden pro Woche",
            "Regelmäßige Reinigung von Büros, Praxen und Sozialräumen mit umweltzertifizierten Reinigungsmitteln und festem Team."),
        new("sauberland-neunkirchen", "reinigung", "Fensterreinigung", "ab € 2,20 pro m² Glasfläche", "1–2 Wochen", "keine",
            "Reinigung von Fenstern, Glasfassaden und Wintergärten bis zur zweiten Etage, inklusive Rahmen und Fensterbänke."),
        new("sauberland-neunkirchen", "reinigung", "Entrümpelung mit Wiederverwertung", "Preis nach Besichtigung", "1–3 Wochen", "keine",
            "Räumung von Büros, Lagern und Wohnungen. Wir trennen sorgfältig: Möbel und Hausrat gehen in den Second-Hand-Verkauf, der Rest sortenrein in die Verwertung."),
        new("druckwerkstatt-korneuburg", "lettershop-versand", "Haushaltsaussendungen für Gemeinden", "ab € 0,10 pro Sendung zzgl. Porto", "1 Woche", "ab 1.000 Sendungen",
            "Druck, Falzung und Versand von Gemeindezeitungen, Abfallkalendern und Einladungen an alle Haushalte – pünktlich zum vereinbarten Zustelltermin."),
        new("holzhof-horn", "gruenraumpflege", "Pflege von Streuobstwiesen", "ab € 34,00 pro Arbeitsstunde", "saisonal, Schnitt im Winter", "keine",
            "Obstbaumschnitt, Mahd mit Abtransport und Nachpflanzung alter Sorten. Wir beraten auch beim Anlegen neuer Wiesen."),
        new("brueckenwerk-bruck", "montage-verpackung", "Retourenbearbeitung und Umpacken", "ab € 28,00 pro Arbeitsstunde", "nach Absprache", "ab 20 Stunden pro Monat",
            "Retouren prüfen, sortieren, neu verpacken und wieder einlagern – in unserer Halle oder direkt in Ihrem Lager."),
        new("brueckenwerk-bruck", "reinigung", "Reinigung von Mehrwegbehältern", "ab € 0,35 pro Behälter", "laufend", "ab 500 Behältern",
            "Kisten, Boxen und Ladungsträger werden gewaschen, kontrolliert und gestapelt bereitgestellt. Abholung und Lieferung mit eigenem Lkw."),
    ];
}
