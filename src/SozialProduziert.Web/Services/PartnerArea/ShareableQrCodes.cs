using QRCoder;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>
/// QR codes for printing a page's address on flyers, roll-ups or give-aways, drawn on the server (no third-party
/// service sees which pages are printed). SVG scales for print shops; PNG is for office documents.
/// </summary>
public static class ShareableQrCodes
{
    /// <summary>Error correction M: survives small scratches on printed goods and keeps the code small.</summary>
    private const QRCodeGenerator.ECCLevel Correction = QRCodeGenerator.ECCLevel.M;

    public static string Svg(string absoluteUrl)
    {
        using var data = QRCodeGenerator.GenerateQrCode(absoluteUrl, Correction);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(10);
    }

    public static byte[] Png(string absoluteUrl)
    {
        using var data = QRCodeGenerator.GenerateQrCode(absoluteUrl, Correction);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(12);
    }
}
