namespace SozialProduziert.Web.Domain;

/// <summary>The editorial life cycle every public content item goes through.</summary>
public enum PublishState
{
    Draft = 0,
    Published = 1,
    Archived = 2,
}
