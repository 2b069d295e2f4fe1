using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

public sealed class PageBuilder() : ContentBuilder<PageBuilder, Page>("Seite")
{
    private string _body = "## Worum es geht\n\nSoziale Produktion in **Niederösterreich**.";
    private string? _metaDescription = "Eine Seite des Portals.";

    public PageBuilder WithBody(string markdown)
    {
        _body = markdown;
        return this;
    }

    public PageBuilder WithMetaDescription(string? description)
    {
        _metaDescription = description;
        return this;
    }

    protected override Page Create() => new()
    {
        Title = Title,
        BodyMarkdown = _body,
        MetaDescription = _metaDescription,
    };
}
