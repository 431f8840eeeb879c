using System.Collections.Immutable;
using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.TestSupport.Fakes;

/// <summary>
/// <c>image load</c> on the fake engine: a <c>docker save</c> archive's <c>manifest.json</c> is read as the engine reads
/// it (each entry's <c>Config</c> file is the image, its digest the id, <c>RepoTags</c> its names), and every name is
/// then an image the fake has. Anything else (not a tar, a tar without <c>manifest.json</c>, a cut-off one) is refused
/// as the drivers refuse it. Tests make archives with <see cref="SaveArchive"/>.
/// </summary>
public sealed partial class FakeContainerRuntime
{
    public async Task<ImmutableArray<LoadedImage>> LoadImageAsync(Stream archive, string source, CancellationToken cancellationToken)
    {
        Record(new("load", "image", source));
        await SimulateLatencyAsync(cancellationToken);
        ThrowInjected("load", source, source);
        Dictionary<string, byte[]> files;
        try
        {
            files = await ReadTarAsync(archive, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException)
        {
            throw new ImageArchiveException(source, e.Message, e);
        }

        if (!files.TryGetValue("manifest.json", out var manifest))
        {
            throw new ImageArchiveException(source, "it has neither manifest.json (docker save) nor index.json and blobs/ (OCI layout)");
        }

        var loaded = ImmutableArray.CreateBuilder<LoadedImage>();
        foreach (var entry in JsonDocument.Parse(manifest).RootElement.EnumerateArray())
        {
            var config = entry.GetProperty("Config").GetString()!;
            var id = files.TryGetValue(config, out var content)
                ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content))
                : throw new ImageArchiveException(source, $"manifest.json names {config}, which the archive does not hold");
            ImmutableArray<string> names = entry.TryGetProperty("RepoTags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? [.. tags.EnumerateArray().Select(t => t.GetString()!)]
                : [];
            foreach (var name in names)
            {
                SeedImage(name, id);
            }

            loaded.Add(new LoadedImage(id, names));
        }

        return loaded.ToImmutable();
    }

    /// <summary>A minimal <c>docker save</c> archive: one image per entry, named by its tags (none: untagged), with <paramref name="config"/> as its config.</summary>
    public static byte[] SaveArchive(params (string Config, string[] Tags)[] images)
    {
        using var stream = new MemoryStream();
        using (var writer = new TarWriter(stream, leaveOpen: true))
        {
            var entries = new List<object>();
            foreach (var (config, tags) in images)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(config);
                var name = Convert.ToHexStringLower(SHA256.HashData(bytes)) + ".json";
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
                entries.Add(new Dictionary<string, object?> { ["Config"] = name, ["RepoTags"] = tags.Length == 0 ? null : tags, ["Layers"] = Array.Empty<string>() });
            }

            var manifest = JsonSerializer.SerializeToUtf8Bytes(entries);
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "manifest.json") { DataStream = new MemoryStream(manifest) });
        }

        return stream.ToArray();
    }

    private static async Task<Dictionary<string, byte[]>> ReadTarAsync(Stream archive, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using var reader = new TarReader(archive);
        while (await reader.GetNextEntryAsync(copyData: true, cancellationToken) is { } entry)
        {
            if (entry.DataStream is { } data)
            {
                using var copy = new MemoryStream();
                await data.CopyToAsync(copy, cancellationToken);
                files[entry.Name] = copy.ToArray();
            }
        }

        return files;
    }
}
