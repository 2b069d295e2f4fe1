using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit, with placeholders in square brackets.</summary>
public static partial class DefaultPages
{
    private static DefaultPage Imprint => new(
        PageSlugs.Imprint,
        "Impressum",
        "Impressum und Offenlegung der Plattform Soziale Produktion gemäß § 5 E-Commerce-Gesetz, § 14 Unternehmensgesetzbuch und § 25 Mediengesetz.",
        """
        ## Medieninhaber und Herausgeber

        Angaben gemäß § 5 E-Commerce-Gesetz (ECG), § 14 Unternehmensgesetzbuch (UGB) sowie §§ 24 und 25 Mediengesetz (MedienG):

        **KOMUNITAS OG**\
        [Straße und Hausnummer]\
        [Postleitzahl] [Ort], Österreich

        - Telefon: [Telefonnummer]
        - E-Mail: [E-Mail-Adresse]
        - Rechtsform: Offene Gesellschaft
        - Firmenbuchnummer: [Firmenbuchnummer]
        - Firmenbuchgericht: [Landesgericht]
        - UID-Nummer: [UID-Nummer]
        - Unternehmensgegenstand: [Unternehmensgegenstand, z. B. Unternehmensberatung]
        - Mitglied der Wirtschaftskammer Niederösterreich, [Fachgruppe]
        - Gewerbebehörde: [Bezirkshauptmannschaft oder Magistrat]
        - Berufsrechtliche Vorschriften: Gewerbeordnung 1994, abrufbar im Rechtsinformationssystem des Bundes unter www.ris.bka.gv.at

        ## Projektpartner

        Die Plattform „Soziale Produktion“ wird von der KOMUNITAS OG gemeinsam mit dem Land Niederösterreich betrieben.

        Amt der NÖ Landesregierung\
        Abteilung Wirtschaft, Tourismus und Technologie\
        Landhausplatz 1, 3109 St. Pölten

        ## Offenlegung gemäß § 25 Mediengesetz

        - Medieninhaber: KOMUNITAS OG, [Sitz]
        - Unbeschränkt haftende Gesellschafterinnen und Gesellschafter: [Namen]
        - Grundlegende Richtung: Information über das Projekt „Soziale Produktion“ sowie über Produkte, Dienstleistungen und Praxisbeispiele der Zusammenarbeit zwischen Sozialbetrieben, Unternehmen und öffentlichen Auftraggebern in Niederösterreich.

        ## Haftung für Inhalte und Links

        Die Inhalte dieser Plattform werden mit größtmöglicher Sorgfalt erstellt. Angaben zu Angeboten, Richtpreisen und Lieferzeiten stammen von den jeweiligen Sozialbetrieben und sind unverbindlich; maßgeblich ist das Angebot im Einzelfall. Für Inhalte externer Websites, auf die verlinkt wird, sind ausschließlich deren Betreiber verantwortlich. Werden uns Rechtsverletzungen bekannt, entfernen wir die betreffenden Links umgehend.

        ## Urheberrecht und Bildnachweis

        Texte, Grafiken und Bilder dieser Plattform sind urheberrechtlich geschützt. Bilder von Sozialbetrieben und Partnern werden mit deren Zustimmung veröffentlicht; die Rechte liegen bei den jeweiligen Organisationen. Eine Verwendung über das gesetzlich zulässige Maß hinaus bedarf der vorherigen Zustimmung.
        """);

    private static DefaultPage Privacy => new(
        PageSlugs.Privacy,
        "Datenschutzerklärung",
        "Welche personenbezogenen Daten die Plattform Soziale Produktion verarbeitet, zu welchem Zweck, wie lange, und welche Rechte Sie nach der DSGVO haben. Kein Tracking, keine Drittanbieter.",
        """
        Der Schutz Ihrer Daten ist uns wichtig. Wir verarbeiten personenbezogene Daten ausschließlich auf Grundlage der Datenschutz-Grundverordnung (DSGVO), des Datenschutzgesetzes (DSG) und des Telekommunikationsgesetzes 2021 (TKG 2021). Diese Erklärung informiert Sie darüber, welche Daten wir verarbeiten und warum.

        ## Verantwortlicher

        KOMUNITAS OG, [Straße und Hausnummer], [Postleitzahl] [Ort]\
        E-Mail: [E-Mail-Adresse für Datenschutzanfragen]

        ## Kurz zusammengefasst

        - Wir setzen **kein Tracking** und keine Analysewerkzeuge ein und erstellen keine Nutzungsprofile.
        - Die Plattform lädt **keine Inhalte von Drittanbietern**: keine externen Schriften, keine Content-Delivery-Networks, keine eingebetteten Karten, Videos oder Social-Media-Schaltflächen. Schriften und alle anderen Dateien liefern wir von unserem eigenen Server aus.
        - Wir verwenden **nur technisch notwendige Cookies**.

        ## Aufruf der Website

        Beim Aufruf einer Seite verarbeitet der Webserver technisch bedingt Ihre IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse, den Statuscode und die Kennung Ihres Browsers. Wir benötigen diese Daten, um die Website auszuliefern und ihre Sicherheit zu gewährleisten, etwa um Angriffe zu erkennen (berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO). Protokolldaten werden nach [14] Tagen gelöscht, sofern sie nicht zur Aufklärung eines konkreten Sicherheitsvorfalls benötigt werden.

        Die Website wird bei [Name und Sitz des Hosting-Dienstleisters, innerhalb der EU] betrieben, mit dem ein Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO besteht.

        ## Cookies

        Cookies setzen wir nur, soweit sie für eine von Ihnen gewünschte Funktion unbedingt erforderlich sind (§ 165 Abs. 3 TKG 2021): zum Schutz von Formularen vor Missbrauch und – für angemeldete Redakteurinnen und Redakteure – für die Anmeldung. Diese Cookies enthalten keine Informationen, mit denen wir Sie über andere Websites hinweg wiedererkennen könnten, und werden spätestens mit Ende der Sitzung oder nach der Abmeldung ungültig. Eine Einwilligung ist dafür nicht erforderlich.

        ## Angaben von Sozialbetrieben und Partnern

        Auf der Plattform veröffentlichen wir Angaben zu Sozialbetrieben, Unternehmen und öffentlichen Auftraggebern, darunter Namen und berufliche Kontaktdaten von Ansprechpersonen. Das geschieht im Einvernehmen mit den jeweiligen Organisationen, um die Zusammenarbeit im Projekt „Soziale Produktion“ zu ermöglichen (Art. 6 Abs. 1 lit. b und f DSGVO). Die Angaben werden gelöscht oder berichtigt, sobald die Organisation oder die genannte Person das verlangt.

        ## Schutz der Formulare vor Missbrauch

        Damit Formulare nicht massenhaft von Programmen ausgefüllt werden, zählt der Server kurzzeitig, wie viele Formulare von einer IP-Adresse abgeschickt werden, und lehnt nach zehn Sendungen in zehn Minuten weitere ab. Diese Zählung liegt nur im Arbeitsspeicher und ist nach längstens zehn Minuten vergessen; die IP-Adresse wird dafür nicht gespeichert (berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO).

        ## Anfragen an Sozialbetriebe und Bedarfsmeldungen

        Wenn Sie über „Anfrage senden“ einen Sozialbetrieb anfragen oder unter „Bedarf melden“ Ihren Bedarf beschreiben, speichern wir:

        - Ihren Namen, Ihre E-Mail-Adresse und – wenn Sie sie angeben – Ihre Telefonnummer und den Namen Ihres Unternehmens oder Ihrer Organisation,
        - Ihre Beschreibung, Menge, Häufigkeit, gewünschten Termin und Bezirk,
        - den Zeitpunkt des Eingangs und Ihrer Einwilligung,
        - unsere Bearbeitung: Status, die Sozialbetriebe, an die wir Ihre Anfrage vermitteln, und interne Notizen unseres Teams.

        Wir verwenden diese Angaben, um Ihre Anfrage zu beantworten und sie an passende Sozialbetriebe weiterzugeben (Art. 6 Abs. 1 lit. b DSGVO, auf Ihre Anfrage hin, sowie Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO). Sozialbetriebe erhalten nur die Angaben, die sie für ein Angebot brauchen.

        Wenn wir eine Anfrage abschließen, fragen wir Sie einmal per E-Mail, ob ein Auftrag zustande gekommen ist und in welcher ungefähren Höhe. Die Antwort ist freiwillig; wir werten sie nur zusammengefasst aus, um die Wirkung des Projekts gegenüber dem Land Niederösterreich zu belegen (berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO).

        ## Teilnahme am Programm

        Wenn Sie Ihr Interesse an einer Teilnahme melden, verarbeiten wir Ihre Angaben (Unternehmen, Ansprechperson, Kontaktdaten, Bezirk, Ihre Idee), um die Plätze in der Reihenfolge der Anmeldung zu vergeben und die Teilnahme abzuwickeln (Art. 6 Abs. 1 lit. b DSGVO). Für die Zusage der geförderten Teilnahme übermitteln wir die erforderlichen Angaben an das Amt der NÖ Landesregierung, Abteilung Wirtschaft, Tourismus und Technologie. Beratungsleistungen dokumentieren wir für die Abrechnung mit dem Fördergeber; dafür gelten die förderrechtlichen Aufbewahrungspflichten.

        ## E-Mails

        Bestätigungen, Rückfragen und Benachrichtigungen verschicken wir aus der Plattform. Jede E-Mail wird mit Empfängeradresse und Inhalt gespeichert, bis der Mailserver sie angenommen hat, und danach als Nachweis des Versands aufbewahrt. Den Inhalt von E-Mails mit Links zum Zurücksetzen eines Passworts löschen wir sofort nach dem Versand. Der Versand erfolgt über [Name des E-Mail-Dienstleisters, innerhalb der EU] als Auftragsverarbeiter nach Art. 28 DSGVO.

        ## Wie lange wir Daten speichern

        Anfragen, Bedarfsmeldungen, Anmeldungen und E-Mails anonymisiert die Plattform automatisch **36 Monate nach der letzten Bearbeitung**: Name, E-Mail-Adresse, Telefonnummer, Organisation und Ihre Texte werden entfernt. Übrig bleiben nur Angaben ohne Personenbezug (Art des Bedarfs, Bezirk, Status, ob ein Auftrag zustande kam), die wir für Statistiken verwenden. Verlangen Sie die Löschung früher, anonymisieren wir Ihre Daten sofort, soweit keine gesetzliche oder förderrechtliche Aufbewahrungspflicht entgegensteht.

        ## Ihre Rechte

        Sie haben das Recht auf

        - **Auskunft** über die Daten, die wir über Sie gespeichert haben (Art. 15 DSGVO),
        - **Berichtigung** unrichtiger Daten (Art. 16 DSGVO),
        - **Löschung** Ihrer Daten (Art. 17 DSGVO),
        - **Einschränkung** der Verarbeitung (Art. 18 DSGVO),
        - **Datenübertragbarkeit**: Sie erhalten Ihre Daten in einem gängigen, maschinenlesbaren Format (JSON) (Art. 20 DSGVO),
        - **Widerspruch** gegen eine Verarbeitung auf Grundlage unseres berechtigten Interesses (Art. 21 DSGVO).

        Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO). Schreiben Sie dazu einfach an die oben genannte Adresse, am besten von der E-Mail-Adresse aus, unter der Sie bei uns bekannt sind. Wir antworten innerhalb eines Monats (Art. 12 Abs. 3 DSGVO).

        ## Beschwerderecht

        Wenn Sie der Ansicht sind, dass die Verarbeitung Ihrer Daten gegen das Datenschutzrecht verstößt, können Sie sich bei der Aufsichtsbehörde beschweren. In Österreich ist das die **Datenschutzbehörde**, Barichgasse 40–42, 1030 Wien, www.dsb.gv.at.

        Stand: [Datum]
        """);

    private static DefaultPage Accessibility => new(
        PageSlugs.Accessibility,
        "Erklärung zur Barrierefreiheit",
        "Erklärung zur Barrierefreiheit der Plattform Soziale Produktion gemäß Web-Zugänglichkeits-Gesetz (WZG) und Richtlinie (EU) 2016/2102, mit Feedback- und Beschwerdemöglichkeit.",
        """
        Die KOMUNITAS OG ist bemüht, die Plattform „Soziale Produktion“ im Einklang mit dem Web-Zugänglichkeits-Gesetz (WZG) und den landesrechtlichen Bestimmungen zur Umsetzung der Richtlinie (EU) 2016/2102 des Europäischen Parlaments und des Rates barrierefrei zugänglich zu machen. Gerade eine Plattform, die Beschäftigung für Menschen mit Behinderungen sichtbar macht, soll für alle nutzbar sein.

        Diese Erklärung gilt für die Website [Adresse der Website].

        ## Stand der Vereinbarkeit mit den Anforderungen

        Ziel ist die Konformität mit den Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA beziehungsweise der harmonisierten Norm EN 301 549. Die Website ist mit diesen Anforderungen **teilweise vereinbar**; die unten angeführten Ausnahmen werden laufend behoben.

        Unter anderem achten wir auf:

        - eine klare Überschriftenstruktur und Sprungmarken zum Hauptinhalt,
        - vollständige Bedienbarkeit mit der Tastatur und sichtbaren Fokus,
        - ausreichende Farbkontraste und Vergrößerbarkeit bis 200 % ohne Informationsverlust,
        - Alternativtexte für alle Bilder,
        - beschriftete Formularfelder und verständliche Fehlermeldungen.

        ## Nicht barrierefreie Inhalte

        - **PDF-Dokumente:** Der Abschlussbericht zum Herunterladen ist nicht vollständig barrierefrei (fehlende Struktur-Tags). Die wesentlichen Inhalte finden Sie auch auf den Seiten dieser Plattform; auf Anfrage stellen wir Ihnen den Bericht in einem zugänglichen Format zur Verfügung.
        - **Inhalte von Sozialbetrieben und Partnern:** Texte und Bilder werden teilweise von den Organisationen selbst bereitgestellt. Wir prüfen sie vor der Veröffentlichung, können aber nicht in jedem Fall leichte Sprache oder vollständige Bildbeschreibungen gewährleisten.

        ## Erstellung dieser Erklärung

        Diese Erklärung wurde am [Datum] erstellt. Grundlage ist eine Selbstbewertung, ergänzt durch automatisierte Prüfungen und Tests mit Tastatur und Bildschirmlesesoftware. Die Erklärung wurde zuletzt am [Datum] überprüft.

        ## Feedback und Kontakt

        Sind Ihnen Barrieren aufgefallen, oder benötigen Sie Inhalte in einer anderen Form? Schreiben Sie uns an [E-Mail-Adresse] oder rufen Sie uns an unter [Telefonnummer]. Wir beantworten Ihre Anfrage in der Regel innerhalb von zwei Wochen.

        ## Beschwerdeverfahren

        Wenn Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort erhalten, können Sie sich bei der Beschwerdestelle der **Österreichischen Forschungsförderungsgesellschaft mbH (FFG)** beschweren. Die FFG nimmt Beschwerden nach dem Web-Zugänglichkeits-Gesetz entgegen, auch solche über Mängel bei der Einhaltung der Barrierefreiheitsanforderungen. Informationen und das Beschwerdeformular finden Sie auf der Website der FFG unter www.ffg.at.
        """);
}
