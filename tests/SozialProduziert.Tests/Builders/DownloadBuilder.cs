using System.Security.Cryptography;
using System.Text;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

/// <summary>A download with a small stored PDF-like file of its own.</summary>
public sealed class DownloadBuilder() : ContentBuilder<DownloadBuilder, Download>("Download")
{
    private string? _description = "Der Endbericht als PDF.";
    private string _fileName = "endbericht.pdf";
    private string _contentType = "application/pdf";
    private byte[] _data = Encoding.ASCII.GetBytes("%PDF-1.4\n% test file\n%%EOF\n");

    public DownloadBuilder WithDescription(string? description)
    {
        _description = description;
        return this;
    }

    public DownloadBuilder WithFile(string fileName, string contentType, byte[] data)
    {
        _fileName = fileName;
        _contentType = contentType;
        _data = data;
        return this;
    }

    protected override Download Create() => new()
    {
        Title = Title,
        Description = _description,
        StoredFile = new StoredFile
        {
            FileName = _fileName,
            ContentType = _contentType,
            Length = _data.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(_data)),
            Data = _data,
            CreatedAt = DefaultPublishAt,
        },
    };
}
