using System.Globalization;
using Market.Domain.Documents;
using Market.Store.Licenses;
using Market.Web.Pages;

namespace Market.Web.Licenses;

/// <summary>A license certificate as a one-page PDF: what is licensed, to whom, on what terms, and the signature.</summary>
public static class CertificatePdf
{
    /// <summary>The PDF bytes of <paramref name="record"/>.</summary>
    public static byte[] Render(LicenseRecord record)
    {
        var c = record.Certificate;
        var y = 780;
        var texts = new List<PdfText> { new(56, y, "Market — License certificate", 20, PdfFont.Bold) };
        void Row(string label, string value, PdfFont font = PdfFont.Regular)
        {
            y -= 24;
            texts.Add(new PdfText(56, y, label, 10, PdfFont.Bold));
            texts.Add(new PdfText(190, y, value, 10, font));
        }

        y -= 16;
        Row("License", c.LicenseId, PdfFont.Mono);
        Row("Licensee", $"{c.LicenseeName} ({c.LicenseeId})");
        Row("Work", $"{c.WorkTitle} ({c.WorkId})");
        Row("Content hash", c.ContentHash ?? "no file", PdfFont.Mono);
        Row("Tier", c.Tier);
        Row("Terms", c.TermsVersion);
        Row("Price", $"{Money.Format(c.PriceMinor)} {c.Currency.ToUpperInvariant()}");
        Row("Issued", c.IssuedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        Row("Order", c.OrderId, PdfFont.Mono);
        Row("Provenance", c.Provenance);
        y -= 24;
        texts.Add(new PdfText(56, y, $"Signed by Market ({record.Signature.Algorithm}, key {record.Signature.KeyId}):", 9, PdfFont.Bold));
        foreach (var chunk in record.Signature.Value.Chunk(64))
        {
            y -= 14;
            texts.Add(new PdfText(56, y, new string(chunk), 9, PdfFont.Mono));
        }

        y -= 24;
        texts.Add(new PdfText(56, y, $"Verify at /licenses/{c.LicenseId} or GET /api/v1/licenses/{c.LicenseId}/verify.", 9));
        return new PdfDocument($"License {c.LicenseId}").AddPage(texts).ToBytes();
    }
}
