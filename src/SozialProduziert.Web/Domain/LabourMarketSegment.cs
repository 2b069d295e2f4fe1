namespace SozialProduziert.Web.Domain;

/// <summary>
/// Where a Sozialbetrieb sits in the Austrian labour-market policy: the second labour market
/// (transit jobs: SÖB, GBP) or the third (sheltered work and day structures for people with disabilities).
/// </summary>
public enum LabourMarketSegment
{
    SocialEconomicEnterprise = 0,
    NonProfitEmploymentProject = 1,
    Workshop = 2,
    DayStructure = 3,
}

public static class LabourMarketSegmentExtensions
{
    public static bool IsSecondLabourMarket(this LabourMarketSegment segment) =>
        segment is LabourMarketSegment.SocialEconomicEnterprise or LabourMarketSegment.NonProfitEmploymentProject;
}
