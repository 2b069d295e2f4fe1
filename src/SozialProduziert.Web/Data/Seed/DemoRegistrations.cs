using System.Security.Cryptography;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Web.Data.Seed;

/// <summary>A fictional interest registration; <see cref="Partner"/> is a demo partner key for confirmed ones.</summary>
internal sealed record DemoRegistration(
    string Company, string Contact, string District, CompanySize Size, string Ideas, int MinutesAfterOpening,
    RegistrationChannel Channel = RegistrationChannel.Online, string? Partner = null, RegistrationStatus? Status = null);

/// <summary>
/// The registration round of "Erfolg mit FAIRantwortung in Niederösterreich 2": open for a year from three weeks
/// before seeding, so the demo form stays open; four firms confirmed (two in consulting, with ledger entries),
/// the other places provisionally taken, two firms waiting and one withdrawn.
/// </summary>
internal static class DemoRegistrations
{
    private static readonly DemoRegistration[] All =
    [
        new("Donautal Druck & Medien GmbH", "Mag. Sabine Aigner", "krems-an-der-donau", CompanySize.Medium,
            "Ausgediente PVC-Werbebanner (rund eine Tonne im Jahr) und Papierreste aus dem Formatschnitt.", 8 * 60 + 3,
            Partner: "donautal-druck", Status: RegistrationStatus.InConsulting),
        new("Leitner Fenster & Türen GmbH", "Ing. Thomas Leitner", "amstetten", CompanySize.Medium,
            "Kurze Kanteln aus Lärche und Eiche, zu klein für Fenster; wir suchen ein Produkt für Kundengeschenke.", 8 * 60 + 11,
            Partner: "leitner-fenster", Status: RegistrationStatus.InConsulting),
        new("Kräuterwerk Pielachtal GmbH", "Julia Hinterberger", "st-poelten-land", CompanySize.Small,
            "Geschenksets für Handelspartner sollen künftig in einer Werkstätte konfektioniert werden.", 9 * 60 + 40,
            Partner: "kraeuterwerk-pielachtal", Status: RegistrationStatus.Confirmed),
        new("Seminarhotel Alpenblick GmbH", "Martin Pichler", "lilienfeld", CompanySize.Small,
            "Ausgemusterte Bettwäsche und Tischtücher, daraus könnten Taschen oder Schürzen entstehen.", 10 * 60 + 2,
            RegistrationChannel.InPerson, Partner: "seminarhotel-alpenblick", Status: RegistrationStatus.Confirmed),
        new("Holzbau Gruber GmbH", "DI Eva Gruber", "melk", CompanySize.Small,
            "Hobelspäne und Verschnitt aus Brettsperrholz; Interesse an Sitzmöbeln für unseren Schauraum.", 11 * 60 + 25),
        new("Mostviertler Fruchtsaft Haslinger KG", "Franz Haslinger", "scheibbs", CompanySize.Micro,
            "Etikettieren und Verpacken unserer Geschenkkartons vor Weihnachten auslagern.", 13 * 60 + 5),
        new("Weinviertler Metallbau Strobl GmbH", "Andrea Strobl", "mistelbach", CompanySize.Small,
            "Blechreste aus Edelstahl und Aluminium, vielleicht für Gartenstecker oder Schilder.", 26 * 60 + 47),
        new("Apotheke zum Hirschen Gerstl e.U.", "Mag. pharm. Lukas Gerstl", "tulln", CompanySize.Micro,
            "Give-aways für Kundinnen und Kunden, gern aus regionaler sozialer Produktion.", 30 * 60 + 12, Status: RegistrationStatus.Withdrawn),
        new("Thayatal Textil Reinigung GmbH", "Petra Ehrenberger", "waidhofen-an-der-thaya", CompanySize.Medium,
            "Ausgemusterte Arbeitskleidung und Handtücher; Reparatur und Upcycling im Kreislauf.", 50 * 60 + 30),
        new("Bäckerei Wallner", "Stefan Wallner", "baden", CompanySize.Small,
            "Brotsäcke aus Leinen für Stammkundschaft, genäht aus Reststoffen.", 75 * 60 + 18, RegistrationChannel.Email),
        new("Elektro Bauer & Söhne GmbH", "Ing. Klaus Bauer", "neunkirchen", CompanySize.Small,
            "Alte Kabeltrommeln aus Holz und ausgemusterte Leuchten; Ideen für Upcycling.", 96 * 60 + 50),
        new("Gärtnerei Blumenreich OG", "Maria Blumenreich", "gaenserndorf", CompanySize.Micro,
            "Pflanzgefäße aus Restholz und die Pflege von Schaugärten in den Sommermonaten.", 130 * 60 + 5),
        new("Ybbstaler Kunststofftechnik GmbH", "Dr. Robert Schweiger", "waidhofen-an-der-ybbs", CompanySize.Large,
            "Montage kleiner Baugruppen und Kontrolle von Spritzgussteilen in Kleinserien.", 150 * 60 + 44),
    ];

    public static IReadOnlyList<InterestRegistration> Create(
        Programme programme, IReadOnlyDictionary<string, Partner> partners, DemoReferences references, DateTime now)
    {
        // Whole days in Vienna, as staff enter them: open since three weeks, closing in a year.
        var firstDay = DateOnly.FromDateTime(Infrastructure.ViennaTime.ToLocal(now)).AddDays(-21);
        programme.RegistrationOpensAt = RegistrationPeriod.OpensAt(firstDay);
        programme.RegistrationClosesAt = RegistrationPeriod.ClosesAt(firstDay.AddDays(365));
        var registrations = All.Select(item => Registration(item, programme, partners, references)).ToList();

        // Arrival numbers follow the order stored: those recorded later by staff get later numbers.
        var number = 1;
        foreach (var registration in registrations.OrderBy(r => r.RecordedAt))
        {
            registration.ArrivalNumber = number++;
        }

        var positions = PlaceAllocation.Compute(registrations.Select((r, i) => new QueueEntry(i, r.ArrivedAt, r.ArrivalNumber, r.Status)), programme.Places);
        for (var i = 0; i < registrations.Count; i++)
        {
            registrations[i].Status = positions[i].Status;
        }

        AddLedger(registrations[0], firstDay, [(ConsultingKind.OnSite, 240, "Rundgang durch Druckerei und Lager, Reststoffe erheben", "Taschenlinie aus PVC-Bannern mit ReWerk"), (ConsultingKind.ConsultingHour, 120, "Kalkulation und Stückzahlen mit dem Sozialbetrieb", null), (ConsultingKind.ConsultingHour, 90, "Texte für den Nachhaltigkeitsbericht", null)]);
        AddLedger(registrations[1], firstDay, [(ConsultingKind.OnSite, 240, "Workshop mit Produktion und Verkauf", "Kräuterkisten aus Kanteln als Kundengeschenk"), (ConsultingKind.ConsultingHour, 60, "Abstimmung mit der Holzwerkstatt Mostviertel", null)]);
        return registrations;
    }

    private static InterestRegistration Registration(DemoRegistration item, Programme programme, IReadOnlyDictionary<string, Partner> partners, DemoReferences references)
    {
        var arrivedAt = programme.RegistrationOpensAt!.Value.AddMinutes(item.MinutesAfterOpening);
        var recordedAt = item.Channel == RegistrationChannel.Online ? arrivedAt : arrivedAt.AddHours(26);
        var local = Slug.From(item.Contact.Split(' ')[^1]);
        var number = Array.IndexOf(All, item) + 1;
        return new InterestRegistration
        {
            Programme = programme,
            ArrivedAt = arrivedAt,
            RecordedAt = recordedAt,
            Channel = item.Channel,
            RecordedBy = item.Channel == RegistrationChannel.Online ? null : "SoPro-Team",
            CompanyName = item.Company,
            CompanyKey = CompanyNames.Key(item.Company),
            ContactPerson = item.Contact,
            Email = $"{local}@{Slug.From(CompanyNames.Key(item.Company))}.example",
            EmailKey = $"{local}@{Slug.From(CompanyNames.Key(item.Company))}.example",
            Phone = $"+43 2742 9{number:D2} 1{number:D2}",
            DistrictId = references.DistrictId(item.District),
            CompanySize = item.Size,
            Ideas = item.Ideas,
            ConsentedAt = recordedAt,
            Status = item.Status ?? RegistrationStatus.Received,
            StatusChangedAt = recordedAt,
            ConfirmedOn = item.Status?.IsConfirmed() == true ? DateOnly.FromDateTime(recordedAt).AddDays(9) : null,
            Partner = item.Partner is null ? null : partners[item.Partner],
            AccessToken = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        };
    }

    private static void AddLedger(InterestRegistration registration, DateOnly firstDay, (ConsultingKind Kind, int Minutes, string Topic, string? Idea)[] sessions)
    {
        for (var i = 0; i < sessions.Length; i++)
        {
            var (kind, minutes, topic, idea) = sessions[i];
            registration.ConsultingEntries.Add(new ConsultingEntry
            {
                Date = firstDay.AddDays(12 + (3 * i)),
                Consultant = i % 2 == 0 ? "Mag.a Claudia Weiß" : "DI Georg Mayrhofer",
                Kind = kind,
                Minutes = minutes,
                Topic = topic,
                Idea = idea,
                CreatedAt = registration.StatusChangedAt,
                UpdatedAt = registration.StatusChangedAt,
            });
        }
    }
}
