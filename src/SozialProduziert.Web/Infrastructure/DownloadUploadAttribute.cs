using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Services.Downloads;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Marks an action that receives a download file. Plays the part of <c>[RequestSizeLimit]</c> +
/// <c>[RequestFormLimits]</c> with the configured Downloads:MaxBytes (plus room for the other fields) instead of a
/// compile-time constant, and runs before the anti-forgery check reads the form: a declared Content-Length over
/// the limit is refused with 413 before a byte is read, and a body that turns out too large while streaming ends
/// as 413 (the German error page) instead of the anti-forgery check's 400. A file over the limit inside an
/// acceptable body is explained on the form itself by <see cref="PdfUpload"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class DownloadUploadAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before AutoValidateAntiforgeryToken (order 1000), which would read the body first.</summary>
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var limit = http.RequestServices.GetRequiredService<IOptions<DownloadOptions>>().Value.MaxRequestBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Request.ContentLength > limit)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
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
            context.Result = new StatusCodeResult(e.StatusCode);
        }
        catch (InvalidDataException e)
        {
            // The form reader reports its limits ("Multipart body length limit … exceeded") this way; anything else is malformed.
            var tooLarge = e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
            context.Result = new StatusCodeResult(tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }
        catch (IOException)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
    }
}
