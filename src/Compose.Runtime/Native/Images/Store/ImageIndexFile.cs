using System.Text.Json;
using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>Reads and replaces <c>index.json</c>; replacing writes a temporary file and renames it, so readers never see half of one.</summary>
internal sealed class ImageIndexFile(StoreLayout layout)
{
    public async Task<IndexDto> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(layout.IndexFile))
        {
            return new IndexDto();
        }

        await using var file = File.OpenRead(layout.IndexFile);
        try
        {
            return await JsonSerializer.DeserializeAsync(file, OciJsonContext.Default.IndexDto, cancellationToken).ConfigureAwait(false) ?? new IndexDto();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{layout.IndexFile} is not a valid OCI index ({e.Message}); restore or remove it", e);
        }
    }

    public async Task WriteAsync(IndexDto index, CancellationToken cancellationToken)
    {
        index.SchemaVersion = 2;
        index.MediaType = MediaTypes.OciIndex;
        var temporary = layout.NewTemporaryPath("index");
        await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(index, OciJsonContext.Default.IndexDto), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, layout.IndexFile, overwrite: true);
    }
}
