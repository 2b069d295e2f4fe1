using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Downloads;

/// <summary>A file ready to be stored, or the German reason it was refused.</summary>
public sealed record FileUploadResult(StoredFile? File, string? Error)
{
    public static FileUploadResult Refused(string error) => new(null, error);
}

/// <summary>
/// Checks an uploaded document and turns it into a <see cref="StoredFile"/>. Only PDF for now: the size is checked
/// from the declared length first, then the content itself must start with "%PDF-" — a file merely named .pdf
/// is refused, so nothing else can be handed out to visitors as a download.
/// </summary>
public sealed class PdfUpload(IOptions<DownloadOptions> options, TimeProvider clock)
{
    public const string ContentType = "application/pdf";

    private static readonly byte[] Signature = "%PDF-"u8.ToArray();

    public string MaxSizeLabel => options.Value.MaxSizeLabel;

    public async Task<FileUploadResult> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = StoredFileNames.Sanitize(file.FileName, ".pdf");
        var limit = options.Value;
        if (file.Length > limit.MaxBytes)
        {
            return FileUploadResult.Refused($"Die Datei „{name}“ ist {DownloadOptions.FormatSize(file.Length)} groß; erlaubt sind höchstens {limit.MaxSizeLabel}. Bitte verkleinern Sie das PDF (etwa mit geringerer Bildauflösung) und wählen Sie es erneut aus.");
        }

        if (file.Length < Signature.Length)
        {
            return FileUploadResult.Refused($"Die Datei „{name}“ ist leer oder unvollständig. Bitte wählen Sie ein vollständiges PDF aus.");
        }

        var data = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(data.AsMemory(0, Signature.Length), cancellationToken);
        if (!data.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            return FileUploadResult.Refused($"Die Datei „{name}“ ist kein PDF, auch wenn ihr Name so endet. Derzeit können nur PDF-Dateien hochgeladen werden; bitte speichern oder exportieren Sie das Dokument als PDF.");
        }

        await stream.ReadExactlyAsync(data.AsMemory(Signature.Length), cancellationToken);
        return new FileUploadResult(new StoredFile
        {
            FileName = name,
            ContentType = ContentType,
            Length = data.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(data)),
            Data = data,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        }, null);
    }
}
