using System.Globalization;

namespace SozialProduziert.Bench.DataGenerator;

/// <summary>
/// Plausible German copy for thousands of items, built from a small vocabulary with a seeded random source, so every
/// run produces the same database. Long enough to make search and rendering do realistic work.
/// </summary>
internal sealed class Wording(int seed)
{
    private static readonly string[] Materials =
    [
        "Altholz", "Messewänden", "Werbebannern", "Lkw-Planen", "Paletten", "Kaffeesäcken", "Stoffresten", "Altpapier",
        "Fahrradschläuchen", "Korken", "Glasflaschen", "Aluminiumprofilen", "Lederresten", "Arbeitskleidung", "Schaltafeln",
    ];

    private static readonly string[] Products =
    [
        "Taschen", "Hocker", "Schlüsselanhänger", "Notizbücher", "Hochbeete", "Vogelhäuser", "Sitzbänke", "Laptophüllen",
        "Schürzen", "Blumenkästen", "Garderoben", "Untersetzer", "Federmäppchen", "Pflanzgefäße", "Kinderspielzeug",
    ];

    private static readonly string[] Services =
    [
        "Grünraumpflege", "Lettershop und Versand", "Verpackung und Konfektionierung", "Montage von Baugruppen",
        "Büroreinigung", "Kantinenbetrieb", "Aktenvernichtung", "Wäscheservice", "Winterdienst", "IT-Refurbishing",
        "Botendienste", "Digitalisierung von Archiven",
    ];

    private static readonly string[] Companies =
    [
        "Bäckerei", "Baufirma", "Druckerei", "Gemeinde", "Molkerei", "Autohaus", "Spedition", "Tischlerei", "Stadtwerke",
        "Landesklinikum", "Raiffeisenbank", "Brauerei", "Sportverein", "Möbelhaus", "Energieversorger",
    ];

    private static readonly string[] Surnames =
    [
        "Huber", "Gruber", "Wagner", "Bauer", "Mayer", "Steiner", "Moser", "Hofer", "Leitner", "Berger", "Fuchs", "Eder",
        "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier", "Reiter", "Brunner",
    ];

    private static readonly string[] Enterprises =
    [
        "Werkstatt", "Sozialökonomischer Betrieb", "Arbeitsprojekt", "Beschäftigungsinitiative", "Textilwerkstatt",
        "Holzwerkstatt", "Recyclingwerkstatt", "Gartenprojekt", "Lettershop", "Reparaturcafé",
    ];

    private static readonly string[] Openings =
    [
        "Die Zusammenarbeit begann mit einer einfachen Frage:",
        "Am Anfang stand ein Lager voller Material, das niemand mehr brauchte.",
        "Seit dem Frühjahr arbeiten beide Seiten eng zusammen.",
        "Die Idee entstand bei einer Beratungsstunde mit der KOMUNITAS.",
        "Was als Versuch mit einer kleinen Stückzahl begann, ist heute ein fixer Auftrag.",
    ];

    private static readonly string[] Middles =
    [
        "Die Beschäftigten sortieren, reinigen und verarbeiten das Material in mehreren Arbeitsschritten.",
        "Jeder Arbeitsschritt ist so aufgeteilt, dass auch Menschen mit wenig Erfahrung gut mitarbeiten können.",
        "Die Qualität wird vor der Auslieferung von einer Fachkraft geprüft.",
        "Transport und Abholung übernimmt der Betrieb selbst, meist einmal im Monat.",
        "Die Stückzahl wird jedes Quartal gemeinsam festgelegt.",
        "Für die Beschäftigten bedeutet der Auftrag eine abwechslungsreiche und sinnvolle Tätigkeit.",
        "Der Auftraggeber nutzt das Ergebnis in seinem Nachhaltigkeitsbericht.",
        "Im Jänner wurden die Abläufe noch einmal verbessert, seither geht die Arbeit schneller von der Hand.",
        "Besonders gefragt sind die Produkte bei Veranstaltungen und als Geschenke für Kundinnen und Kunden.",
        "Mehrere Transitarbeitskräfte haben im Anschluss eine Stelle am ersten Arbeitsmarkt gefunden.",
    ];

    private readonly Random _random = new(seed);

    public string Material() => Pick(Materials);

    public string Product() => Pick(Products);

    public string Service() => Pick(Services);

    public string Surname() => Pick(Surnames);

    public string Company(string town) => $"{Pick(Companies)} {Surname()} {town}";

    public string Enterprise(string town) => $"{Pick(Enterprises)} {town}";

    public string ExampleTitle() => _random.Next(3) switch
    {
        0 => $"{Product()} aus {Material()}",
        1 => $"{Service()} für eine {Pick(Companies)}",
        _ => $"Neues Leben für {Material()}: {Product()}",
    };

    public string OfferTitle() => _random.Next(2) == 0 ? $"{Product()} aus {Material()}" : Service();

    public string Teaser(string subject) =>
        $"{subject}: {Pick(Middles)} {Pick(Middles)}".Replace("..", ".", StringComparison.Ordinal);

    /// <summary>A Markdown text of a few paragraphs with a heading and a list, roughly 1,200 to 2,500 characters.</summary>
    public string Body(string subject)
    {
        var paragraphs = new List<string> { $"{Pick(Openings)} Wie lassen sich {Material()} sinnvoll verwerten? {subject} ist die Antwort." };
        for (var i = 0; i < 2 + _random.Next(3); i++)
        {
            paragraphs.Add(string.Join(' ', Enumerable.Range(0, 3 + _random.Next(3)).Select(_ => Pick(Middles))));
        }

        paragraphs.Add("## Was dabei herauskommt");
        paragraphs.Add(string.Join('\n', Enumerable.Range(0, 3).Select(_ => $"- {Product()} aus {Material()}")));
        paragraphs.Add(string.Join(' ', Enumerable.Range(0, 2).Select(_ => Pick(Middles))));
        return string.Join("\n\n", paragraphs);
    }

    public string Phone() => string.Create(CultureInfo.InvariantCulture, $"+43 {2700 + _random.Next(300)} {_random.Next(10000, 99999)}");

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Next(int min, int maxExclusive) => _random.Next(min, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
