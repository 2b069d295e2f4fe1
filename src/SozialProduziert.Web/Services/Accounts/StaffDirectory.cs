using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Accounts;

/// <summary>Whether an account can sign in: active, locked for a while after failed attempts, or switched off.</summary>
public enum StaffAccountState
{
    Active,
    LockedOut,
    Disabled,
}

/// <summary>One staff account as the account administration lists it.</summary>
public sealed record StaffAccountSummary(
    string Id, string DisplayName, string Email, string Role, bool TwoFactorEnabled, StaffAccountState State, DateTimeOffset? LockoutEnd, DateTime? LastSignIn)
{
    public bool IsAdministrator => Role == Roles.Administrator;
}

/// <summary>Reads the staff accounts with their role, lock state and last sign-in (from the audit log).</summary>
public sealed class StaffDirectory(AppDbContext db, TimeProvider clock)
{
    /// <summary>A disabled account is locked out "for ever": Identity then refuses every sign-in.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<IReadOnlyList<StaffAccountSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var accounts = await Accounts().ToListAsync(cancellationToken);

        // Sign-ins are logged with the name as typed, so names are matched without regard to case.
        var signIns = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditAction.SignInSucceeded && a.UserName != null)
            .GroupBy(a => a.UserName!)
            .Select(g => new { Name = g.Key, At = g.Max(a => a.At) })
            .ToListAsync(cancellationToken);
        var lastSignIn = signIns
            .GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Max(s => s.At), StringComparer.OrdinalIgnoreCase);

        return accounts
            .Select(a => Summarize(a, lastSignIn.TryGetValue(a.Email, out var at) ? at : null))
            .OrderBy(a => a.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    public async Task<StaffAccountSummary?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var account = await Accounts().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return account is null ? null : Summarize(account, null);
    }

    public StaffAccountState StateOf(DateTimeOffset? lockoutEnd) =>
        lockoutEnd is not { } end || end <= clock.GetUtcNow() ? StaffAccountState.Active
        : end >= DisabledUntil ? StaffAccountState.Disabled
        : StaffAccountState.LockedOut;

    /// <summary>Administrators who can still sign in, besides <paramref name="exceptId"/>: there must always be one.</summary>
    public async Task<int> OtherActiveAdministratorsAsync(string exceptId, CancellationToken cancellationToken)
    {
        var admins = await Accounts().Where(a => a.Role == Roles.Administrator && a.Id != exceptId).ToListAsync(cancellationToken);
        return admins.Count(a => StateOf(a.LockoutEnd) != StaffAccountState.Disabled);
    }

    private IQueryable<AccountRow> Accounts() =>
        db.Users.AsNoTracking().Select(u => new AccountRow
        {
            Id = u.Id,
            DisplayName = u.DisplayName,
            Email = u.Email ?? u.UserName ?? "",
            Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault() ?? "",
            TwoFactorEnabled = u.TwoFactorEnabled,
            LockoutEnd = u.LockoutEnd,
        });

    private StaffAccountSummary Summarize(AccountRow a, DateTime? lastSignIn) =>
        new(a.Id, a.DisplayName, a.Email, a.Role, a.TwoFactorEnabled, StateOf(a.LockoutEnd), a.LockoutEnd, lastSignIn);

    private sealed class AccountRow
    {
        public required string Id { get; init; }

        public required string DisplayName { get; init; }

        public required string Email { get; init; }

        public required string Role { get; init; }

        public bool TwoFactorEnabled { get; init; }

        public DateTimeOffset? LockoutEnd { get; init; }
    }
}
