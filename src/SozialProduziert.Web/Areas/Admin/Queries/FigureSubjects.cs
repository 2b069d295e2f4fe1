using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.PartnerArea;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Web.Areas.Admin.Queries;

/// <summary>Loads what impact figures are attached to, for the staff pages that enter and confirm them.</summary>
public sealed class FigureSubjects(AppDbContext db)
{
    public async Task<FigureSubject?> ForExampleAsync(int exampleId, CancellationToken cancellationToken)
    {
        var example = await db.Examples.AsNoTracking().Where(e => e.Id == exampleId && e.DeletedAt == null)
            .Select(e => new
            {
                e.Title,
                Partners = e.Partners.OrderBy(p => p.SortName).Select(p => new OptionViewModelPair(p.Id, p.Name)).ToList(),
                Enterprises = e.SocialEnterprises.OrderBy(s => s.SortName).Select(s => new OptionViewModelPair(s.Id, s.Name)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return example is null ? null : new FigureSubject
        {
            ExampleId = exampleId,
            Title = example.Title,
            Path = $"/admin/praxisbeispiele/{exampleId}",
            ListLabel = "Praxisbeispiele",
            ListPath = "/admin/praxisbeispiele",
            Section = "beispiele",
            Partners = example.Partners,
            SocialEnterprises = example.Enterprises,
        };
    }

    /// <summary>
    /// An inquiry or need: any firm of the portal may be the one that asked (requesters need no partner record), and
    /// the Sozialbetriebe are those it went to or was assigned to. Figures are added once it is closed, since only
    /// then is it known whether an order came about; the requester's answered order value is offered as the first.
    /// </summary>
    public async Task<FigureSubject?> ForInquiryAsync(int inquiryId, CancellationToken cancellationToken)
    {
        var inquiry = await db.Inquiries.AsNoTracking().Where(i => i.Id == inquiryId)
            .Select(i => new
            {
                i.Kind, i.NeedKind, i.Topic, i.Status, i.SocialEnterpriseId, i.OrderValueEuro, i.FollowUpAnsweredAt,
                Assigned = i.Assignments.Select(a => a.SocialEnterpriseId).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (inquiry is null)
        {
            return null;
        }

        var enterpriseIds = inquiry.Assigned.Append(inquiry.SocialEnterpriseId ?? 0).ToList();
        var enterprises = await db.SocialEnterprises.AsNoTracking().Where(s => enterpriseIds.Contains(s.Id) && s.DeletedAt == null)
            .OrderBy(s => s.SortName).Select(s => new OptionViewModelPair(s.Id, s.Name)).ToListAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => p.DeletedAt == null)
            .OrderBy(p => p.SortName).Select(p => new OptionViewModelPair(p.Id, p.Name)).ToListAsync(cancellationToken);
        var hasOrderValue = await db.ImpactFigures.AnyAsync(f => f.InquiryId == inquiryId && f.Kind == ImpactKind.OrderValueEur, cancellationToken);
        return new FigureSubject
        {
            InquiryId = inquiryId,
            Title = InquiryLabels.Heading(inquiryId, inquiry.Kind, inquiry.NeedKind, inquiry.Topic),
            Path = $"/admin/anfragen/{inquiryId}",
            ListLabel = "Anfragen",
            ListPath = "/admin/anfragen",
            Section = "anfragen",
            Partners = partners,
            SocialEnterprises = enterprises,
            ClosedReason = inquiry.Status == InquiryStatus.Closed ? null
                : "Kennzahlen werden erfasst, sobald die Anfrage abgeschlossen ist: erst dann steht fest, ob ein Auftrag zustande gekommen ist.",
            Suggestion = inquiry is { OrderValueEuro: { } value, FollowUpAnsweredAt: { } answered } && !hasOrderValue
                ? new ImpactFigureInput
                {
                    Kind = ImpactKind.OrderValueEur,
                    Value = GermanNumbers.Input(value),
                    Year = Infrastructure.ViennaTime.ToLocal(answered).Year,
                    Source = $"Rückmeldung der anfragenden Stelle vom {Infrastructure.ViennaTime.ToLocal(answered).ToString("d.M.yyyy", CultureInfo.InvariantCulture)}",
                    MethodNote = "Ungefährer Auftragswert, den die anfragende Stelle in der Rückmeldung nach Abschluss angegeben hat.",
                    SocialEnterpriseId = enterprises.Count == 1 ? enterprises[0].Id : null,
                }
                : null,
        };
    }

    /// <summary>The subject of a stored figure.</summary>
    public Task<FigureSubject?> OfAsync(ImpactFigure figure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.ExampleId is { } exampleId ? ForExampleAsync(exampleId, cancellationToken) : ForInquiryAsync(figure.InquiryId!.Value, cancellationToken);
    }
}
