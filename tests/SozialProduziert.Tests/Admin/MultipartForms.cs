using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Admin;

/// <summary>A file as a browser posts it from an &lt;input type="file"&gt;.</summary>
public sealed record UploadedFile(string FieldName, string FileName, string ContentType, byte[] Data);

/// <summary>Posts multipart forms (file uploads) the way a browser does, anti-forgery token included.</summary>
public static class MultipartForms
{
    /// <summary>
    /// GETs <paramref name="formPage"/> (the action itself unless given) for the anti-forgery token, then POSTs
    /// <paramref name="fields"/> and <paramref name="file"/> as multipart/form-data. Without a file an empty file
    /// part is sent, as browsers do for an untouched file field.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitMultipartAsync(this HttpClient client, string action, Dictionary<string, string> fields, UploadedFile? file, string? formPage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var token = await client.AntiforgeryTokenAsync(formPage ?? action);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(file?.Data ?? []);
        part.Headers.ContentType = new MediaTypeHeaderValue(file?.ContentType ?? "application/octet-stream");
        if (file is null)
        {
            // HttpClient refuses an empty file name; browsers send filename="" for an untouched file field.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"File\"", FileName = "\"\"" };
            content.Add(part);
        }
        else
        {
            content.Add(part, file.FieldName, file.FileName);
        }
        return await client.PostAsync(action, content);
    }

    /// <summary>
    /// Signs a new staff member in on a host built with extra settings (e.g. a small upload limit), sharing the
    /// test's database. Accounts are created through <paramref name="portal"/>, which owns that database.
    /// </summary>
    public static async Task<HttpClient> SignInAsStaffAsync(this PortalFactory portal, WebApplicationFactory<Program> host, string role)
    {
        ArgumentNullException.ThrowIfNull(host);
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@komunitas.example";
        await portal.CreateStaffAsync(email, role);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        using var response = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = email, ["Password"] = StaffSession.Password });
        return response.StatusCode == System.Net.HttpStatusCode.Redirect
            ? client
            : throw new InvalidOperationException($"Sign-in as {role} answered {(int)response.StatusCode}.");
    }
}
