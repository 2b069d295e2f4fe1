using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Tests.Admin;

/// <summary>ContentRestorer on the types whose admin forms are built elsewhere: relations to lists, and references that vanished.</summary>
public class RestoreRelationsTests
{
    [Fact]
    public async Task Restoring_a_sozialbetrieb_brings_back_its_fields_of_work_and_quality_marks()
    {
        await using var portal = new PortalFactory();
        var id = await portal.CreateWithEditorAsync(async db => new SocialEnterpriseBuilder()
            .InFieldsOfWork(await db.FieldOfWorkAsync("Holz"))
            .WithQualityMarks(await db.QualityMarkAsync("goodworks"))
            .Build());
        await portal.EditWithEditorAsync<SocialEnterprise>(id, async (db, enterprise) =>
        {
            await db.Entry(enterprise).Collection(e => e.FieldsOfWork).LoadAsync();
            await db.Entry(enterprise).Collection(e => e.QualityMarks).LoadAsync();
            enterprise.FieldsOfWork.Clear();
            enterprise.FieldsOfWork.Add(await db.FieldOfWorkAsync("Textil"));
            enterprise.QualityMarks.Clear();
            enterprise.Town = "Melk";
        });

        var result = await RestoreAsync(portal, nameof(SocialEnterprise), id, 1);

        Assert.Equal(RestoreStatus.Restored, result.Status);
        Assert.Empty(result.Notes);
        var enterprise = await portal.WithDbAsync(db => db.SocialEnterprises.AsNoTracking().Include(e => e.FieldsOfWork).Include(e => e.QualityMarks).SingleAsync(e => e.Id == id));
        Assert.Equal(["Holz"], enterprise.FieldsOfWork.Select(f => f.Name));
        Assert.Equal(["goodworks"], enterprise.QualityMarks.Select(q => q.Slug));
        Assert.Equal("St. Pölten", enterprise.Town);
        Assert.Equal(3, (await portal.RevisionsAsync<SocialEnterprise>(id)).Count);
    }

    [Fact]
    public async Task A_reference_that_no_longer_exists_keeps_the_current_value_and_is_named()
    {
        await using var portal = new PortalFactory();
        var first = new SocialEnterpriseBuilder().Build();
        var second = new SocialEnterpriseBuilder().Build();
        await portal.WithDbAsync(db => db.AddRange(first, second));
        var offerId = await portal.CreateWithEditorAsync(_ => new OfferBuilder().By(first.Id).Build());
        await portal.EditWithEditorAsync<Offer>(offerId, (_, offer) =>
        {
            offer.SocialEnterpriseId = second.Id;
            offer.Title = "Umgezogenes Angebot";
            return Task.CompletedTask;
        });
        await portal.WithDbAsync(async db => db.SocialEnterprises.Remove(await db.SocialEnterprises.SingleAsync(e => e.Id == first.Id)));

        var result = await RestoreAsync(portal, nameof(Offer), offerId, 1);

        var offer = await portal.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == offerId));
        Assert.Equal(second.Id, offer.SocialEnterpriseId);
        Assert.StartsWith("Angebot", offer.Title, StringComparison.Ordinal);
        Assert.Equal([$"Sozialbetrieb: Der damalige Eintrag (Nr. {first.Id}) existiert nicht mehr; der aktuelle Wert bleibt."], result.Notes);
    }

    [Fact]
    public async Task A_trashed_item_is_not_restored_to_a_revision_until_it_leaves_the_papierkorb()
    {
        await using var portal = new PortalFactory();
        var id = await portal.CreateWithEditorAsync(_ => new PartnerBuilder().Build());
        await portal.MoveToTrashAsync<Partner>(id);

        var result = await RestoreAsync(portal, nameof(Partner), id, 1);

        Assert.Equal(RestoreStatus.InTrash, result.Status);
        Assert.Equal(2, (await portal.RevisionsAsync<Partner>(id)).Count);
    }

    private static async Task<RestoreResult> RestoreAsync(PortalFactory portal, string type, int id, int number)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentRestorer>().RestoreAsync(ContentKinds.Find(type)!, id, number, CancellationToken.None);
    }
}
