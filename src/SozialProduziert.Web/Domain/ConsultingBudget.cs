namespace SozialProduziert.Web.Domain;

/// <summary>
/// What a participating firm may still receive: the on-site part and the further consulting hours are separate
/// allowances, so unused on-site time never becomes extra hours or the other way round.
/// </summary>
public sealed record ConsultingBudget(int OnSiteAllowance, int ConsultingAllowance, int OnSiteUsed, int ConsultingUsed)
{
    public static ConsultingBudget For(Programme programme, IEnumerable<ConsultingEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var list = entries.ToList();
        return new ConsultingBudget(
            programme.OnSiteMinutes,
            programme.ConsultingMinutes,
            list.Where(e => e.Kind == ConsultingKind.OnSite).Sum(e => e.Minutes),
            list.Where(e => e.Kind == ConsultingKind.ConsultingHour).Sum(e => e.Minutes));
    }

    public int Allowance(ConsultingKind kind) => kind == ConsultingKind.OnSite ? OnSiteAllowance : ConsultingAllowance;

    public int Used(ConsultingKind kind) => kind == ConsultingKind.OnSite ? OnSiteUsed : ConsultingUsed;

    public int Remaining(ConsultingKind kind) => Allowance(kind) - Used(kind);

    /// <summary>The budget without one entry, e.g. the one being edited, so its old duration does not count twice.</summary>
    public ConsultingBudget Without(ConsultingEntry? entry) => entry is null ? this
        : entry.Kind == ConsultingKind.OnSite ? this with { OnSiteUsed = OnSiteUsed - entry.Minutes }
        : this with { ConsultingUsed = ConsultingUsed - entry.Minutes };

    /// <summary>Null when the entry fits (the allowance may be used up exactly), otherwise the German reason.</summary>
    public string? Refusal(ConsultingKind kind, int minutes)
    {
        var remaining = Remaining(kind);
        if (minutes <= remaining)
        {
            return null;
        }

        var allowance = ProgrammeLabels.Duration(Allowance(kind));
        return remaining <= 0
            ? $"Das Kontingent für {Plural(kind)} ({allowance}) ist bereits ausgeschöpft. Dieser Eintrag kann nicht gespeichert werden."
            : $"Dieser Eintrag ({ProgrammeLabels.Duration(minutes)}) überschreitet das Kontingent für {Plural(kind)} ({allowance}). Es sind noch {ProgrammeLabels.Duration(remaining)} frei.";
    }

    private static string Plural(ConsultingKind kind) => kind == ConsultingKind.OnSite ? "die Vor-Ort-Beratung" : "Beratungsstunden";
}
