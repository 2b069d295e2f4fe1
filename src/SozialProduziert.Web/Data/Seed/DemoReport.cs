using System.Security.Cryptography;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Web.Data.Seed.DemoPdf;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>The demo's final report: a two-page PDF written by <see cref="DemoPdf"/> and offered as a Download.</summary>
internal static class DemoReport
{
    private const string Title = "Abschlussbericht Soziale Produktion";

    public static Download Create(DateTime createdAt)
    {
        var data = DemoPdf.Create(Title, [FirstPage, SecondPage]);
        return new Download
        {
            Title = Title,
            Slug = Slug.From(Title),
            Description = "Der Abschlussbericht des Modellprojekts mit Ausgangslage, Vorgehen, Ergebnissen und vielen Praxisbeispielen zur sozialen Produktion in Niederösterreich (PDF, 2 Seiten).",
            State = PublishState.Published,
            StoredFile = new StoredFile
            {
                FileName = "abschlussbericht-soziale-produktion.pdf",
                ContentType = "application/pdf",
                Length = data.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(data)),
                Data = data,
                CreatedAt = createdAt,
            },
        };
    }

    private static Line[] FirstPage =>
    [
        new(Title, 20, Bold: true),
        new("Modellprojekt im Rahmen von „Erfolg mit FAIRantwortung in Niederösterreich 2“", 12),
        new("Demo-Fassung mit fiktiven Beispielen – erstellt von der Plattform SozialProduziert", 9),
        new(""),
        new("Zusammenfassung", 13, Bold: true),
        new("Sozialbetriebe des zweiten und dritten Arbeitsmarkts erledigen seit Jahrzehnten Aufträge für Unternehmen. Das Projekt „Soziale Produktion“ (SoPro) hat gezeigt, dass mehr möglich ist, wenn Unternehmen, öffentliche Auftraggeber und Sozialbetriebe Lösungen gemeinsam entwickeln: Reststoffe werden zu Produkten, innerbetriebliche Prozesse werden verlässlich ausgelagert, und Give-aways erzählen eine Geschichte."),
        new("Zehn Unternehmen aus dem Programm „Erfolg mit FAIRantwortung in Niederösterreich 2“ konnten die Vermittlungsleistung zu 100 % gefördert in Anspruch nehmen. Sie erhielten einen halben Beratungstag im Betrieb und bis zu zehn weitere Beratungsstunden zur Entwicklung und Umsetzung ihrer Idee."),
        new(""),
        new("Ausgangslage", 13, Bold: true),
        new("Viele Unternehmen kennen Sozialbetriebe nur als Anbieter einfacher Handarbeit. Umgekehrt fehlt Sozialbetrieben oft der Zugang zu Entscheidungsträgern in der Wirtschaft und das Konstruktions- und Design-Know-how, um aus einer Idee ein marktfähiges Produkt zu machen."),
        new(""),
        new("Vorgehen", 13, Bold: true),
        new("• Strategieworkshop und Interessenbekundung der teilnehmenden Unternehmen"),
        new("• Beratung vor Ort: Suche nach Reststoffen, auslagerbaren Prozessen und Anlässen für Give-aways"),
        new("• Vermittlung passender Sozialbetriebe und Begleitung bis zum Pilotauftrag"),
        new("• Dokumentation der Ergebnisse als Praxisbeispiele auf der Plattform"),
    ];

    private static Line[] SecondPage =>
    [
        new("Ergebnisse", 13, Bold: true),
        new("Die Zusammenarbeit lässt sich vier Wegen zuordnen: Reststoffverwertung durch Recycling und Upcycling, Substitution innerbetrieblicher Prozesse, Give-aways und Sonderanfertigungen sowie Dienstleistungen wie Grünraumpflege, Reinigung und Catering."),
        new(""),
        new("Praxisbeispiele in Kürze", 13, Bold: true),
        new("• Kräuterkisten aus Fensterholz-Verschnitt: über 18 Tonnen Holz stofflich verwertet"),
        new("• Werbebanner werden zu Taschen: neun Jahre Zusammenarbeit zweier Sozialbetriebe mit einer Druckerei"),
        new("• Kräutertee versandfertig aus der Werkstätte: planbare Arbeit für 18 Menschen mit Behinderungen"),
        new("• Schul-Laptops aus dem Gemeindeamt: mehr als 300 Geräte für Volks- und Mittelschulen"),
        new("• Abfallkalender: 40.000 Haushalte jährlich, gedruckt und versendet von einer Werkstätte"),
        new(""),
        new("Was wir gelernt haben", 13, Bold: true),
        new("Erfolgreiche Kooperationen beginnen mit einem konkreten Material oder Arbeitsschritt, nicht mit einem Produktwunsch. Ein halber Tag im Betrieb reicht meist, um zwei bis drei tragfähige Ideen zu finden. Entscheidend für die Umsetzung sind eine verlässliche Ansprechperson auf beiden Seiten und ein kleiner Pilotauftrag, bevor größere Mengen vereinbart werden."),
        new(""),
        new("Ausblick", 13, Bold: true),
        new("Die Plattform SozialProduziert macht Angebote von Sozialbetrieben, Praxisbeispiele und die „virtuellen Auslagen“ der Partner dauerhaft sichtbar und lädt weitere Unternehmen und öffentliche Auftraggeber zum Mitmachen ein."),
        new(""),
        new("Herausgeber: KOMUNITAS OG gemeinsam mit dem Land Niederösterreich, Abteilung Wirtschaft, Tourismus und Technologie.", 9),
    ];
}
