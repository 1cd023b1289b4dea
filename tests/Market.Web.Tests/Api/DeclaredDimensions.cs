using System.Buffers.Binary;
using System.Text;

namespace Market.Web.Tests.Api;

/// <summary>
/// Tiny PNG files whose header declares any size: a few dozen bytes that would take gigabytes to
/// decode (a "decompression bomb"), for checking that uploads are measured before they are decoded.
/// </summary>
public static class DeclaredDimensions
{
    /// <summary>A valid PNG header (signature, IHDR, an empty IDAT, IEND) declaring <paramref name="width"/> × <paramref name="height"/> RGBA pixels.</summary>
    public static byte[] Png(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;   // bits per channel
        header[9] = 6;   // RGBA
        byte[] emptyDeflate = [0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
        return [137, 80, 78, 71, 13, 10, 26, 10, .. Chunk("IHDR", header), .. Chunk("IDAT", emptyDeflate), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[8 + typed.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(4 + typed.Length), Crc32(typed));
        return chunk;
    }

    // PNG's chunk checksum (ISO 3309 CRC-32); decoders refuse a critical chunk whose CRC is wrong.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }
}
