using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>The firm sees its consulting ledger with the remaining budget and its inquiries; the report lists the consulting received.</summary>
public class ProgrammeInPartnerAreaTests
{
    [Fact]
    public async Task The_firm_sees_its_ledger_with_the_remaining_budget_and_the_report_lists_the_consulting_received()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var alpha = await portal.SignInAsPartnerAsync(firms.AlphaId);
        var beta = await portal.SignInAsPartnerAsync(firms.BetaId);

        var home = await alpha.OpenAsync("/mein-bereich");
        var markdown = await alpha.GetStringAsync($"/mein-bereich/bericht/{TwoFirms.Year}.md");
        var betaHome = await beta.OpenAsync("/mein-bereich");

        Assert.Contains($"Reststoffe bei {TwoFirms.AlphaMarker}", home.Html, StringComparison.Ordinal);
        Assert.Contains(ProgrammeLabels.Duration(Programme.DefaultConsultingMinutes - 90), home.Html, StringComparison.Ordinal);
        Assert.Contains("1,50 Stunden Beratung", markdown, StringComparison.Ordinal);
        Assert.Contains($"Reststoffe bei {TwoFirms.AlphaMarker}", markdown, StringComparison.Ordinal);
        Assert.Contains($"Give-aways für {TwoFirms.BetaMarker}", betaHome.Html, StringComparison.Ordinal);
        Assert.Contains(InquiryStatus.Closed.Label(), betaHome.Html, StringComparison.Ordinal);
        Assert.Contains("Vermittlung: Give-aways", await beta.GetStringAsync($"/mein-bereich/bericht/{TwoFirms.Year}.csv"), StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.ImpactFigures.CountAsync(f => f.InquiryId != null)));
    }
}
