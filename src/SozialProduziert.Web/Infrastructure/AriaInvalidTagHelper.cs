using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Marks a form control bound with asp-for as aria-invalid when its value has an error, so screen readers announce
/// "ungültig" on the field itself, not only in the error summary (WCAG 3.3.1). The framework only adds a CSS class.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class AriaInvalidTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression? For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    /// <summary>After the framework's own input tag helpers, which run at order -1000.</summary>
    public override int Order => 0;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (For is null || ViewContext is null)
        {
            return;
        }

        var key = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }
}
