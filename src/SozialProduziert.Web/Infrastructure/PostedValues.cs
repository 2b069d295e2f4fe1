using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SozialProduziert.Web.Infrastructure;

public static class PostedValues
{
    /// <summary>
    /// Makes a form sent back show the field empty (a refused one-time code): the tag helpers render the value that
    /// was posted, kept in ModelState, and ignore the model's.
    /// </summary>
    public static void ClearPostedValue(this ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        modelState.SetModelValue(key, string.Empty, string.Empty);
    }
}
