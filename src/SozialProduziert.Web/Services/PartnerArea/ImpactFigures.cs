using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>What a figure says, as staff enter it.</summary>
public sealed record ImpactFigureValues(int PartnerId, int SocialEnterpriseId, ImpactKind Kind, decimal Value, int Year, string Source, string MethodNote);

/// <summary>
/// Saving and confirming impact figures. Every change lands in the audit log with the old and new value, since
/// figures end up in firms' sustainability reports; an edit of what a figure says removes both confirmations.
/// </summary>
public sealed class ImpactFigures(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<ImpactFigure> CreateForExampleAsync(int exampleId, ImpactFigureValues values, CancellationToken cancellationToken) =>
        CreateAsync(new ImpactFigure { ExampleId = exampleId }, values, cancellationToken);

    /// <summary>A figure of a brokered inquiry, e.g. the order value the requester reported after it was closed.</summary>
    public Task<ImpactFigure> CreateForInquiryAsync(int inquiryId, ImpactFigureValues values, CancellationToken cancellationToken) =>
        CreateAsync(new ImpactFigure { InquiryId = inquiryId }, values, cancellationToken);

    private async Task<ImpactFigure> CreateAsync(ImpactFigure figure, ImpactFigureValues values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        figure.PartnerId = values.PartnerId;
        figure.CreatedAt = Now;
        figure.UpdatedAt = Now;
        figure.Version = 1;
        figure.Change(values.Kind, values.Value, values.Year, values.Source.Trim(), values.MethodNote.Trim(), values.SocialEnterpriseId);
        db.ImpactFigures.Add(figure);
        await db.SaveChangesAsync(cancellationToken);
        audit.Add(AuditAction.ImpactFigureCreated, Describe(figure), nameof(ImpactFigure), figure.Id);
        await db.SaveChangesAsync(cancellationToken);
        return figure;
    }

    /// <summary>Saves a changed figure; throws <see cref="ContentConflictException"/> when someone else saved it since <paramref name="expectedVersion"/>.</summary>
    public async Task UpdateAsync(ImpactFigure figure, int expectedVersion, ImpactFigureValues values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(values);
        var before = Describe(figure);
        db.Entry(figure).Property(f => f.Version).OriginalValue = expectedVersion;
        figure.PartnerId = values.PartnerId;
        var changed = figure.Change(values.Kind, values.Value, values.Year, values.Source.Trim(), values.MethodNote.Trim(), values.SocialEnterpriseId);
        figure.UpdatedAt = Now;
        figure.Version++;
        audit.Add(AuditAction.ImpactFigureUpdated, changed ? $"{before} → {Describe(figure)}; Bestätigungen zurückgesetzt" : Describe(figure), nameof(ImpactFigure), figure.Id);
        await SaveAsync(cancellationToken);
    }

    public async Task ConfirmByPartnerAsync(ImpactFigure figure, string personName, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figure);
        (figure.PartnerConfirmedAt, figure.PartnerConfirmedBy, figure.PartnerConfirmedByUserId) = (Now, personName, userId);
        figure.Version++;
        audit.Add(AuditAction.ImpactFigureConfirmedByPartner, $"{Describe(figure)}; {personName}", nameof(ImpactFigure), figure.Id);
        await SaveAsync(cancellationToken);
    }

    public async Task ConfirmByEnterpriseAsync(ImpactFigure figure, string personName, string recordedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figure);
        (figure.EnterpriseConfirmedAt, figure.EnterpriseConfirmedBy, figure.EnterpriseConfirmationRecordedBy) = (Now, personName.Trim(), recordedBy);
        figure.Version++;
        audit.Add(AuditAction.ImpactFigureConfirmedByEnterprise, $"{Describe(figure)}; {personName.Trim()}", nameof(ImpactFigure), figure.Id);
        await SaveAsync(cancellationToken);
    }

    public async Task DeleteAsync(ImpactFigure figure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figure);
        db.ImpactFigures.Remove(figure);
        audit.Add(AuditAction.ImpactFigureDeleted, Describe(figure), nameof(ImpactFigure), figure.Id);
        await SaveAsync(cancellationToken);
    }

    public static string Describe(ImpactFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"{figure.Kind.Label()} {figure.Year}: {GermanNumbers.Text(figure.Value, figure.Kind.Decimals())} {figure.Unit}";
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ContentConflictException("Die Kennzahl wurde inzwischen von jemand anderem geändert.", e);
        }
    }
}
