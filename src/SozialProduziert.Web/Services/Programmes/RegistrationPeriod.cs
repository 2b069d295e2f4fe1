using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>
/// The registration period as staff enter and visitors read it: whole days in Vienna, from the first day 00:00 to
/// the end of the last day. Stored as UTC instants, the end exclusive (00:00 in Vienna after the last day).
/// </summary>
public static class RegistrationPeriod
{
    public static DateTime OpensAt(DateOnly firstDay) => ViennaTime.ToUtc(firstDay.ToDateTime(TimeOnly.MinValue));

    public static DateTime ClosesAt(DateOnly lastDay) => ViennaTime.ToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue));

    public static DateOnly? FirstDay(DateTime? opensAt) => opensAt is { } utc ? DateOnly.FromDateTime(ViennaTime.ToLocal(utc)) : null;

    public static DateOnly? LastDay(DateTime? closesAt) => closesAt is { } utc ? DateOnly.FromDateTime(ViennaTime.ToLocal(utc)).AddDays(-1) : null;

    /// <summary>"vom 01.03.2027 bis 31.05.2027", or "noch nicht festgelegt".</summary>
    public static string Describe(DateTime? opensAt, DateTime? closesAt) =>
        FirstDay(opensAt) is { } first && LastDay(closesAt) is { } last
            ? $"{first:dd.MM.yyyy} bis {last:dd.MM.yyyy}"
            : "noch nicht festgelegt";
}
