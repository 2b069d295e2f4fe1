using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>Werkstätten and Tagesstrukturen for people with disabilities (third labour market).</summary>
internal static partial class DemoSocialEnterprises
{
    private static readonly DemoEnterprise[] ThirdLabourMarket =
    [
        new(
            "werkstaette-sonnenhof", "Werkstätte Sonnenhof", LabourMarketSegment.Workshop, "Verein",
            "tulln", "Am Sonnenhof 3", "3430", "Tulln an der Donau",
            "Karin Leitner, BA", "+43 2272 0 38 15", "sonnenhof@beispiel.at", "https://werkstaette-sonnenhof.example",
            ["montage-verpackung", "lettershop-versand"], [Goodworks], LogoMark.SunOverLines,
            "Werkstätte für 48 Menschen mit Behinderungen im Tullner Feld: Konfektionierung, Verpackung und Versand in gleichbleibender Qualität, auch in großen Stückzahlen.",
            """
            In der Werkstätte Sonnenhof arbeiten 48 Frauen und Männer mit Lernschwierigkeiten oder psychischen Erkrankungen in vier Gruppen. Jede Gruppe hat ihre Stärken: Eine verpackt Lebensmittel nach HACCP-Vorgaben, eine andere stellt Geschenksets zusammen, eine dritte betreut den Lettershop.

            Für unsere Auftraggeber entwickeln wir Arbeitsschritte so, dass sie sicher, gut verständlich und prüfbar sind – mit Schablonen, Zählhilfen und Fotoanleitungen. So erreichen wir eine Fehlerquote, die mit industrieller Fertigung mithält.
            """),
        new(
            "tagesstaette-kamptal", "Tagesstätte Kamptal", LabourMarketSegment.DayStructure, "Verein",
            "krems-land", "Kellergasse 9", "3550", "Langenlois",
            "DSA Michaela Berger", "+43 2734 0 27 44", "tagesstaette-kamptal@beispiel.at", "https://tagesstaette-kamptal.example",
            ["textil", "upcycling"], [], null,
            "Tagesstruktur mit Kreativwerkstatt in Langenlois: Filz- und Textilarbeiten in Handarbeit, jedes Stück ein Unikat.",
            """
            Die Tagesstätte Kamptal bietet 22 Menschen mit mehrfachen Behinderungen einen strukturierten Alltag mit sinnvoller Beschäftigung. In der Kreativwerkstatt wird gefilzt, genäht, gewebt und bedruckt.

            Aufträge von außen sind uns wichtig: Sie zeigen, dass die Arbeit gebraucht wird. Wir nehmen gern kleine Serien an und planen die Lieferzeit so, dass niemand unter Druck gerät.
            """),
        new(
            "metallwerkstaette-ybbstal", "Metallwerkstätte Ybbstal", LabourMarketSegment.Workshop, "Verein",
            "waidhofen-an-der-ybbs", "Schmiedestraße 6", "3340", "Waidhofen an der Ybbs",
            "Ing. Gerhard Fuchs", "+43 7442 0 36 18", "metallwerkstaette@beispiel.at", "https://metallwerkstaette-ybbstal.example",
            ["metall", "montage-verpackung"], [Goodworks], LogoMark.RingAndDot,
            "Metallbearbeitung in der Eisenstraße-Region: Die Werkstätte fertigt Kleinserien aus Blech und Stahl und montiert Baugruppen für Industriebetriebe.",
            """
            Die Metallwerkstätte Ybbstal steht in einer Region mit langer Schmiedetradition. 35 Beschäftigte mit Behinderungen bohren, entgraten, biegen und montieren – unterstützt von Fachkräften aus der Metallbranche.

            Unsere Stärke sind Kleinserien und Arbeiten, für die sich eine Automatisierung nicht lohnt. Aus Stahlverschnitt unserer Auftraggeber fertigen wir außerdem Flaschenöffner, Schlüsselanhänger und Garderobenhaken.
            """),
        new(
            "atelier-lichtblick", "Atelier Lichtblick", LabourMarketSegment.DayStructure, "gemeinnützige GmbH",
            "moedling", "Lichtgasse 4", "2340", "Mödling",
            "Mag.a Julia Steiner", "+43 2236 0 29 47", "lichtblick@beispiel.at", "https://atelier-lichtblick.example",
            ["upcycling", "druck", "montage-verpackung"], [Goodworks], null,
            "Kunst- und Druckatelier einer Tagesstruktur in Mödling: Linoldrucke, Grußkarten und liebevoll gestaltete Geschenkverpackungen.",
            """
            Im Atelier Lichtblick gestalten 18 Künstlerinnen und Künstler mit Behinderungen Drucke, Karten und Papierobjekte. Viele Motive entstehen frei; für Unternehmen entwickeln wir auch Serien zu einem vereinbarten Thema.

            Wir arbeiten mit Altpapier, Fehldrucken und Kartonresten, die uns Betriebe aus der Umgebung überlassen. Jedes Produkt trägt die Signatur der Person, die es gemacht hat.
            """),
        new(
            "druckwerkstatt-korneuburg", "Druck- und Bindewerkstatt Korneuburg", LabourMarketSegment.Workshop, "Verein",
            "korneuburg", "Donaulände 20", "2100", "Korneuburg",
            "Petra Lang", "+43 2262 0 71 35", "druckwerkstatt@beispiel.at", "https://druckwerkstatt-korneuburg.example",
            ["druck", "lettershop-versand"], [Goodworks], null,
            "Digitaldruck, Bindung und Versand für Gemeinden und Verbände im Bezirk Korneuburg – von der Broschüre bis zur Haushaltsaussendung.",
            """
            Die Druck- und Bindewerkstatt beschäftigt 26 Menschen mit Behinderungen. Wir drucken digital bis zum Format A3+, falzen, heften, binden mit Spiralen und Klebebindung und versenden Aussendungen an ganze Bezirke.

            Seit vielen Jahren verlassen sich Gemeinden und Verbände darauf, dass Abfallkalender, Gemeindezeitungen und Einladungen pünktlich im Postkasten liegen.
            """),
        new(
            "holzhof-horn", "Holzhof Horn", LabourMarketSegment.Workshop, "Verein",
            "horn", "Am Holzplatz 2", "3580", "Horn",
            "Florian Eder", "+43 2982 0 44 19", "holzhof@beispiel.at", "https://holzhof-horn.example",
            ["holz", "gruenraumpflege"], [], null,
            "Holzwerkstätte und Außenteam im Horner Becken: Hochbeete, Gartenmöbel und Sonderanfertigungen aus heimischem Holz, dazu Pflege von Obst- und Grünflächen.",
            """
            Am Holzhof Horn arbeiten 30 Menschen mit Behinderungen in der Tischlerei und im Außenteam. Wir verarbeiten Lärche, Eiche und Robinie aus Waldviertler Wäldern und verwerten Restholz von Sägewerken und Weingütern.

            Das Außenteam pflegt Streuobstwiesen, Spielplätze und Gemeindeflächen – mit eigener Ausrüstung und mit einer Ruhe, die Kundinnen und Kunden schätzen.
            """),
    ];
}
