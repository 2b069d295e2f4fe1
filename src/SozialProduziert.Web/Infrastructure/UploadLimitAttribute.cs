using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Marks an action that receives files (its form needs <c>enctype="multipart/form-data"</c>). It plays the part of
/// <c>[RequestSizeLimit]</c> + <c>[RequestFormLimits]</c>, but with a configured limit instead of a compile-time
/// constant, and it runs before the anti-forgery check reads the form: a declared Content-Length over the limit is
/// refused with 413 before a byte is read; a body that turns out too large while streaming also ends as 413 (the
/// German error page) instead of the anti-forgery check's 400. A single file over its own limit inside an
/// acceptable body is explained on the form by the upload service.
/// </summary>
public abstract class UploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before AutoValidateAntiforgeryToken (order 1000), which would read the body first.</summary>
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var limit = MaxRequestBytes(http.RequestServices);
        if (http.Request.ContentLength > limit)
        {
            // The server's own limit stays as it was, so Kestrel may still drain a moderately large body and the
            // browser gets to show the 413 page instead of a reset connection.
            Refuse(context, StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (!http.Request.HasFormContentType)
        {
            return;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        try
        {
            // Read here so a too-large body is told apart from a forged one; later readers get the buffered form.
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e)
        {
            Refuse(context, e.StatusCode);
        }
        catch (InvalidDataException e)
        {
            // The form reader reports its limits ("Multipart body length limit … exceeded") this way; anything else is malformed.
            var tooLarge = e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            Refuse(context, tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }
        catch (IOException)
        {
            Refuse(context, StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The configured limit of the whole request body, form fields included.</summary>
    protected abstract long MaxRequestBytes(IServiceProvider services);

    /// <summary>
    /// The German error page is rendered by re-executing the request; an empty form keeps its model binding
    /// from reading the refused body after all.
    /// </summary>
    private static void Refuse(AuthorizationFilterContext context, int statusCode)
    {
        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(statusCode);
    }
}
