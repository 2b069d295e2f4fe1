namespace SozialProduziert.Web.Services.Privacy;

/// <summary>
/// One kind of record that holds personal data (registrations, inquiries, mails, ...). Each feature that stores
/// personal data registers one, so the DSGVO export, erasure and retention cover every table by construction.
/// </summary>
public interface IPersonalDataStore
{
    /// <summary>German name of the record kind, e.g. "Interessensbekundungen".</summary>
    string Name { get; }

    /// <summary>Every record of the person with this e-mail address (compared case-insensitively), as label/value pairs.</summary>
    Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string email, CancellationToken cancellationToken);

    /// <summary>Anonymises the person's personal fields; the records themselves stay. Returns how many were changed.</summary>
    Task<int> EraseAsync(string email, CancellationToken cancellationToken);

    /// <summary>Anonymises records whose retention period ended before <paramref name="cutoffUtc"/>.</summary>
    Task<int> AnonymiseOlderThanAsync(DateTime cutoffUtc, CancellationToken cancellationToken);
}

/// <summary>One record of a person for the export: a German title and its fields in display order.</summary>
public sealed record PersonalDataRecord(string Title, IReadOnlyList<KeyValuePair<string, string?>> Fields);
