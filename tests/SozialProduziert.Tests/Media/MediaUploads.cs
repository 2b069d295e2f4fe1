using System.Net;
using System.Net.Http.Headers;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Media;

/// <summary>Posts files to the media library form the way a browser does: multipart, with the page's anti-forgery token.</summary>
internal static class MediaUploads
{
    public const string Page = "/admin/medien";

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] file, string fileName, string altText, bool knownLength = true)
    {
        var token = await client.AntiforgeryTokenAsync(Page);
        using var form = Form(file, fileName, altText, token);
        if (knownLength)
        {
            return await client.PostAsync(Page, form);
        }

        // A chunked body: the server learns its size only while reading it.
        using var chunked = new UnknownLengthContent(await form.ReadAsByteArrayAsync(), form.Headers.ContentType!);
        return await client.PostAsync(Page, chunked);
    }

    public static MultipartFormDataContent Form(byte[] file, string fileName, string altText, string? token)
    {
        var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new StringContent(altText), "NewImagesAltText");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
        if (fileName.Length == 0)
        {
            // What a browser sends when no file was chosen: an empty part with an empty file name.
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"NewImages\"", FileName = "\"\"" };
            form.Add(content);
        }
        else
        {
            form.Add(content, "NewImages", fileName);
        }

        return form;
    }

    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _data;

        public UnknownLengthContent(byte[] data, MediaTypeHeaderValue contentType)
        {
            _data = data;
            Headers.ContentType = contentType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_data).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
