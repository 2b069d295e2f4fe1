using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Mail;

public sealed class OutboxFilterInput
{
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "seite")]
    public string? Page { get; set; }

    public int PageNumber => SozialProduziert.Web.ViewModels.Common.PageNumber.Parse(Page);

    public OutboxMailState? State => Status switch
    {
        "wartend" => OutboxMailState.Pending,
        "fehlgeschlagen" => OutboxMailState.Failed,
        "gesendet" => OutboxMailState.Sent,
        _ => null,
    };

    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?> { ["status"] = State is null ? null : Status };

    public static IReadOnlyList<OptionViewModel> StatusOptions { get; } =
    [
        new("wartend", "Wartend"),
        new("fehlgeschlagen", "Fehlgeschlagen"),
        new("gesendet", "Gesendet"),
    ];
}

public static class OutboxLabels
{
    public static string Label(this OutboxMailState state) => state switch
    {
        OutboxMailState.Pending => "Wartend",
        OutboxMailState.Sent => "Gesendet",
        OutboxMailState.Failed => "Fehlgeschlagen",
        _ => state.ToString(),
    };
}

/// <summary>A mail in the list: who, what for, and how delivery went - never the body.</summary>
public sealed record OutboxRow(long Id, DateTime CreatedAt, string Purpose, string ToAddress, string Subject, OutboxMailState State, int Attempts,
    DateTime NextAttemptAt, DateTime? SentAt, string? LastError);

public sealed class OutboxListViewModel
{
    public required OutboxFilterInput Filter { get; init; }

    public required PagedList<OutboxRow> Results { get; init; }

    public required IReadOnlyDictionary<OutboxMailState, int> Counts { get; init; }

    public required string Transport { get; init; }

    public bool CanResend { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/admin/post", Filter.ToQuery());
}

public sealed class OutboxMailViewModel
{
    public required OutboxRow Mail { get; init; }

    public string? ToName { get; init; }

    /// <summary>Null for secret mails (password reset links), which nobody but the recipient reads.</summary>
    public string? TextBody { get; init; }

    public bool CanResend { get; init; }
}
