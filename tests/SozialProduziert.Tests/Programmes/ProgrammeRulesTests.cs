using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Tests.Programmes;

/// <summary>Company names, durations, the consulting budget and the registration period in Vienna days.</summary>
public class ProgrammeRulesTests
{
    [Theory]
    [InlineData("Donautal Druck & Medien GmbH", "donautaldruckmedien")]
    [InlineData("DONAUTAL DRUCK UND MEDIEN Ges.m.b.H.", "donautaldruckmedien")]
    [InlineData("Donautal-Druck Medien GmbH & Co KG", "donautaldruckmedien")]
    [InlineData("Bäckerei Wallner e.U.", "baeckereiwallner")]
    [InlineData("Baeckerei Wallner", "baeckereiwallner")]
    [InlineData("  Holzbau   Gruber  OG ", "holzbaugruber")]
    [InlineData("AG", "ag")]
    public void Company_keys_ignore_case_umlauts_punctuation_and_the_legal_form(string name, string key) =>
        Assert.Equal(key, CompanyNames.Key(name));

    [Theory]
    [InlineData("Apotheke zum Hirschen Gerstl e.U.", true)]
    [InlineData("Gerstl eU", true)]
    [InlineData("Gerstl GmbH", false)]
    [InlineData("EU-Förderberatung GmbH", false)]
    public void Sole_traders_are_recognised_by_their_legal_form(string name, bool soleTrader) =>
        Assert.Equal(soleTrader, CompanyNames.IsSoleTrader(name));

    [Theory]
    [InlineData("4", 240)]
    [InlineData("10", 600)]
    [InlineData("1,5", 90)]
    [InlineData("1.25", 75)]
    [InlineData("0,75", 45)]
    [InlineData("1:30", 90)]
    [InlineData(" 10,25 ", 615)]
    public void Quarter_hours_are_read_as_staff_type_them(string text, int minutes)
    {
        Assert.True(QuarterHours.TryParse(text, out var parsed));
        Assert.Equal(minutes, parsed);
    }

    [Theory]
    [InlineData("1,1")]
    [InlineData("0:20")]
    [InlineData("1:75")]
    [InlineData("eine Stunde")]
    [InlineData("-1")]
    [InlineData("")]
    public void Durations_that_are_no_quarter_hours_are_refused(string text) =>
        Assert.False(QuarterHours.TryParse(text, out _));

    [Fact]
    public void Exactly_ten_hours_fit_the_allowance_and_a_quarter_hour_more_does_not()
    {
        var programme = new Programme();
        var booked = new[] { Entry(ConsultingKind.ConsultingHour, 360), Entry(ConsultingKind.ConsultingHour, 180) };
        var budget = ConsultingBudget.For(programme, booked);

        Assert.Null(budget.Refusal(ConsultingKind.ConsultingHour, 60));
        Assert.Contains("überschreitet das Kontingent", budget.Refusal(ConsultingKind.ConsultingHour, 75), StringComparison.Ordinal);
        Assert.Contains("Es sind noch 1 Std. frei", budget.Refusal(ConsultingKind.ConsultingHour, 75), StringComparison.Ordinal);
        Assert.Equal(60, budget.Remaining(ConsultingKind.ConsultingHour));
    }

    [Fact]
    public void The_on_site_half_day_is_a_separate_allowance()
    {
        var budget = ConsultingBudget.For(new Programme(), [Entry(ConsultingKind.ConsultingHour, 600)]);

        Assert.Null(budget.Refusal(ConsultingKind.OnSite, 240));
        Assert.NotNull(budget.Refusal(ConsultingKind.OnSite, 255));
        Assert.Contains("bereits ausgeschöpft", budget.Refusal(ConsultingKind.ConsultingHour, 15), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_entry_does_not_count_twice()
    {
        var edited = Entry(ConsultingKind.ConsultingHour, 600);
        var budget = ConsultingBudget.For(new Programme(), [edited]);

        Assert.Null(budget.Without(edited).Refusal(ConsultingKind.ConsultingHour, 600));
        Assert.NotNull(budget.Refusal(ConsultingKind.ConsultingHour, 15));
    }

    [Fact]
    public void The_registration_period_is_stored_as_Vienna_midnights_in_UTC()
    {
        // Summer time in Vienna is UTC+2, winter time UTC+1.
        Assert.Equal(new DateTime(2027, 2, 28, 23, 0, 0, DateTimeKind.Utc), RegistrationPeriod.OpensAt(new DateOnly(2027, 3, 1)));
        Assert.Equal(new DateTime(2027, 6, 30, 22, 0, 0, DateTimeKind.Utc), RegistrationPeriod.ClosesAt(new DateOnly(2027, 6, 30)));
        Assert.Equal(new DateOnly(2027, 6, 30), RegistrationPeriod.LastDay(RegistrationPeriod.ClosesAt(new DateOnly(2027, 6, 30))));
        Assert.Equal(new DateOnly(2027, 3, 1), RegistrationPeriod.FirstDay(RegistrationPeriod.OpensAt(new DateOnly(2027, 3, 1))));
    }

    [Theory]
    [InlineData(2027, 2, 28, 22, 59, RegistrationWindow.NotYetOpen)]
    [InlineData(2027, 2, 28, 23, 0, RegistrationWindow.Open)]
    [InlineData(2027, 6, 30, 21, 59, RegistrationWindow.Open)]
    [InlineData(2027, 6, 30, 22, 0, RegistrationWindow.Closed)]
    public void The_window_opens_and_closes_at_midnight_in_Vienna(int year, int month, int day, int hour, int minute, RegistrationWindow expected)
    {
        var programme = new Programme
        {
            RegistrationOpensAt = RegistrationPeriod.OpensAt(new DateOnly(2027, 3, 1)),
            RegistrationClosesAt = RegistrationPeriod.ClosesAt(new DateOnly(2027, 6, 30)),
        };

        Assert.Equal(expected, programme.WindowAt(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc)));
        Assert.Equal(RegistrationWindow.NotScheduled, new Programme().WindowAt(DateTime.UtcNow));
    }

    private static ConsultingEntry Entry(ConsultingKind kind, int minutes) => new() { Kind = kind, Minutes = minutes };
}
