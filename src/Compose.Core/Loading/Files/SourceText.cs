using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Compose.Errors;

namespace Compose.Loading.Files;

/// <summary>
/// The text of a compose or env file from its bytes: UTF-8 (a byte order mark skipped), or UTF-16/UTF-32 when a byte
/// order mark says so. Bytes that are not valid UTF-8 are refused with their line and column, as docker compose's YAML
/// parser refuses them, instead of being replaced silently by U+FFFD.
/// </summary>
public static class SourceText
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static string Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }
        else if (UnicodeWithBom(bytes) is { } encoding)
        {
            return DecodeStrictly(bytes, encoding, displayPath);
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                throw new ComposeFileException(LocationOf(chars.AsSpan(0, written), displayPath), null,
                    $"invalid UTF-8 (byte 0x{bytes[read]:X2} at offset {read}); save the file as UTF-8.");
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The line and column just after <paramref name="before"/>, the text read so far.</summary>
    public static SourceLocation LocationOf(ReadOnlySpan<char> before, string displayPath)
    {
        var lastBreak = before.LastIndexOf('\n');
        return new SourceLocation(displayPath, before.Count('\n') + 1, before.Length - lastBreak);
    }

    private static Encoding? UnicodeWithBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true),
        [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
        [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
        _ => null,
    };

    private static string DecodeStrictly(ReadOnlySpan<byte> bytes, Encoding encoding, string displayPath)
    {
        var preamble = encoding.GetPreamble().Length;
        try
        {
            return encoding.GetString(bytes[preamble..]);
        }
        catch (DecoderFallbackException e)
        {
            throw new ComposeFileException(new SourceLocation(displayPath, 0, 0), null,
                $"invalid {encoding.WebName.ToUpperInvariant()} at byte offset {preamble + Math.Max(e.Index, 0)}; save the file as UTF-8.");
        }
    }
}
