using System.IO.Compression;
using System.Text;

namespace SozialProduziert.Tests.Performance;

/// <summary>Decodes a response body by its Content-Encoding, as a browser does.</summary>
internal static class Compression
{
    public static string Decode(HttpResponseMessage response, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var input = new MemoryStream(body);
        using Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            null => input,
            var other => throw new InvalidOperationException($"Unexpected Content-Encoding {other}."),
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>GETs <paramref name="url"/> accepting only <paramref name="encoding"/>.</summary>
    public static async Task<HttpResponseMessage> GetEncodedAsync(this HttpClient client, string url, string encoding)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await client.SendAsync(request);
    }
}
