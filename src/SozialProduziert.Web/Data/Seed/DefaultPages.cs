using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>
/// The first version of the pages the navigation and footer link to. Every installation gets them, with or
/// without demo content; staff edit them afterwards. Text in square brackets („[Firmenbuchnummer]“) marks
/// details only the operator can fill in.
/// </summary>
public static partial class DefaultPages
{
    // Expression-bodied, not static fields: the pages are spread over partial files, and the order in which
    // static initialisers of different files run is undefined.
    public static IReadOnlyList<DefaultPage> All => [About, JoinIn, Imprint, Privacy, Accessibility];

    public static DefaultPage? For(string slug) => All.FirstOrDefault(p => p.Slug == slug);

    private static DefaultPage About => new(
        PageSlugs.About,
        "Über Soziale Produktion (SoPro)",
        "Soziale Produktion verbindet Sozialbetriebe in Niederösterreich mit Unternehmen und öffentlichen Auftraggebern – für nachhaltige Produkte und Dienstleistungen mit sozialem Mehrwert.",
        """
        Sozialbetriebe übernehmen seit Jahrzehnten Aufträge aus der Wirtschaft: Sie verpacken, montieren, versenden, pflegen Grünflächen und kochen für Kantinen. Neu an **Soziale Produktion (SoPro)** ist der Ansatz: Unternehmen, öffentliche Auftraggeber und Sozialbetriebe erarbeiten gemeinsam die Lösung, die für alle Beteiligten am besten passt. Praxisgerechtes Konstruktions- und Design-Know-how sorgt dafür, dass aus einer guten Idee ein marktfähiges Produkt oder eine verlässliche Dienstleistung wird.

        ## Worum es geht

        SoPro bringt das Angebot von Sozialbetrieben des zweiten und dritten Arbeitsmarkts mit dem Bedarf privatwirtschaftlicher und öffentlicher Auftraggeber an nachhaltigen Produkten und Dienstleistungen zusammen. Ziel ist, die Zusammenarbeit auszuweiten, Produkte und Leistungen in guter Qualität zu finden und weiterzuentwickeln und sie einer breiteren Öffentlichkeit bekannt zu machen.

        ## Wer dahintersteht

        „Soziale Produktion“ ist eine Projektidee der KOMUNITAS OG und wird gemeinsam mit dem Land Niederösterreich umgesetzt. Das Projekt ist ein Leuchtturmprojekt der Österreichischen Nachhaltigkeitsstrategie (ÖSTRAT) und eng mit dem Programm „Erfolg mit FAIRantwortung in Niederösterreich“ verbunden, das Unternehmen bei CSR-Strategien und Nachhaltigkeitsberichten begleitet.

        ## Wer die Sozialbetriebe sind

        - **Zweiter Arbeitsmarkt:** Sozialökonomische Betriebe (SÖB) und gemeinnützige Beschäftigungsprojekte (GBP) bieten befristete Arbeitsplätze mit Qualifizierung und Begleitung. Ziel ist der Wiedereinstieg in den regulären Arbeitsmarkt.
        - **Dritter Arbeitsmarkt:** Werkstätten und Tagesstrukturen für Menschen mit Behinderungen bieten dauerhafte, sinnstiftende Beschäftigung in einem geschützten Rahmen.

        Beide arbeiten zu marktüblicher Qualität, termingerecht und mit Erfahrung aus vielen Jahren Auftragsarbeit.

        ## Vier Wege der Zusammenarbeit

        1. **Reststoffverwertung – Recycling und Upcycling:** Verschnitt, Altmaterial und ausgediente Werbemittel werden zu neuen Produkten, statt im Abfall zu landen.
        2. **Substitution innerbetrieblicher Prozesse:** Verpacken, Konfektionieren, Montieren oder Versenden übernimmt ein Sozialbetrieb – kostengünstig, flexibel und verlässlich.
        3. **Give-aways und Sonderanfertigungen:** Werbegeschenke und Kleinserien mit Geschichte, die zum Unternehmen passen.
        4. **Dienstleistungen:** Grünraumpflege, Reinigung, Catering und vieles mehr, regelmäßig oder für einzelne Anlässe.

        ## Was Sie auf dieser Plattform finden

        - **Praxisbeispiele** aus Vergangenheit und Gegenwart, die zeigen, wie Zusammenarbeit gelingt – mit Zahlen zu verwertetem Material, geleisteten Arbeitsstunden und Beschäftigten.
        - **Sozialbetriebe** aus ganz Niederösterreich mit ihren Arbeitsfeldern, Gütesiegeln und Ansprechpersonen.
        - **Angebote** an Produkten und Dienstleistungen, mit Richtpreisen, Lieferzeiten und Mindestmengen.
        - **Partner:** Teilnehmende Unternehmen und öffentliche Auftraggeber präsentieren in ihrer „virtuellen Auslage“ Aktivitäten mit Vorbildcharakter.
        - Den **Abschlussbericht** des Projekts mit vielen Praxisbeispielen zum Herunterladen.

        ## Der Mehrwert

        Unternehmen gewinnen verlässliche Partner in der Region, senken Entsorgungs- und Prozesskosten und erhalten konkrete Inhalte für ihren Nachhaltigkeitsbericht. Sozialbetriebe erhalten marktnahe Aufträge, die Beschäftigung sichern und Qualifizierung ermöglichen. Und die Menschen, die dort arbeiten, erleben, dass ihre Arbeit gebraucht wird.
        """);

    private static DefaultPage JoinIn => new(
        PageSlugs.JoinIn,
        "Mitmachen: Soziale Produktion in Ihrem Unternehmen",
        "So nehmen Unternehmen am geförderten Modellprojekt Soziale Produktion teil: Interesse melden, 10 Plätze, 100 % gefördert, Beratung vor Ort.",
        """
        Sie möchten Reststoffe sinnvoll verwerten, einen Arbeitsschritt auslagern oder ein Give-away mit Geschichte entwickeln? Im Modellprojekt „Soziale Produktion“ begleiten wir Sie dabei – von der ersten Idee bis zur Umsetzung mit einem passenden Sozialbetrieb.

        ## Für wen das Angebot gedacht ist

        Das Angebot richtet sich an Unternehmen, die am Programm **„Erfolg mit FAIRantwortung in Niederösterreich 2“** teilnehmen. Zehn von ihnen können die Vermittlungsleistung „Soziale Produktion“ in Anspruch nehmen und damit Mehrwert für ihren Betrieb und zusätzliche Inhalte für ihren Nachhaltigkeitsbericht schaffen.

        ## Was Sie erhalten

        - einen **halben Beratungstag in Ihrem Betrieb**, an dem wir gemeinsam nach geeigneten Projekt-, Produkt- oder Dienstleistungsideen suchen,
        - **bis zu zehn weitere Beratungsstunden** für die Entwicklung und Umsetzung Ihrer Idee,
        - die Vermittlung eines passenden Sozialbetriebs aus Niederösterreich,
        - auf Wunsch die Vorstellung Ihres Unternehmens auf dieser Plattform in einer eigenen „virtuellen Auslage“.

        Das Angebot ist **zu 100 % gefördert**. Die Abwicklung erfolgt über die KOMUNITAS OG.

        ## So funktioniert die Teilnahme

        1. **Interesse melden:** Teilen Sie uns mit, dass Sie teilnehmen möchten.
        2. **Auswahl:** Die zehn Plätze werden in der Reihenfolge des Eintreffens der Anfragen vergeben.
        3. **Zusage:** Die Teilnahme wird vom Amt der NÖ Landesregierung, Abteilung Wirtschaft, Tourismus und Technologie, bestätigt.
        4. **Beratung vor Ort:** Unsere Beraterinnen und Berater besuchen Sie und erarbeiten mit Ihnen erste Ideen.
        5. **Umsetzung:** Gemeinsam mit einem Sozialbetrieb wird die Idee konkret – als Pilotauftrag, Kleinserie oder laufende Zusammenarbeit.

        ## Interesse melden

        Das Anmeldeformular finden Sie unten auf dieser Seite. Gleich nach dem Absenden sehen Sie, ob Sie vorläufig ausgewählt sind oder auf der Warteliste stehen; dieselbe Auskunft erhalten Sie per E-Mail. Sie haben Ihr Interesse schon persönlich oder per E-Mail bekundet? Dann tragen wir es mit dem Zeitpunkt des Eingangs für Sie nach.

        ## Sie sind ein Sozialbetrieb?

        Sozialbetriebe aus Niederösterreich, die ihre Produkte und Dienstleistungen auf dieser Plattform zeigen möchten, sind herzlich eingeladen, mit uns Kontakt aufzunehmen. Die Eintragung ist kostenlos.
        """);
}

/// <summary>One default page: what <see cref="ReferenceDataSeeder"/> creates when its slug is missing.</summary>
public sealed record DefaultPage(string Slug, string Title, string MetaDescription, string BodyMarkdown)
{
    public Page ToPage() => new()
    {
        Slug = Slug,
        Title = Title,
        MetaDescription = MetaDescription,
        BodyMarkdown = BodyMarkdown,
        State = PublishState.Published,
    };
}
