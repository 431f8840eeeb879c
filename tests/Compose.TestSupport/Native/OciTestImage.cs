using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;

namespace Compose.TestSupport.Native;

/// <summary>
/// A hand-made image written as an OCI archive or a <c>docker save</c> archive: gzip layers from <see cref="LayerTar"/>,
/// a config with the given fields, and names. <see cref="CorruptLayer"/> makes a layer whose bytes do not match its descriptor.
/// </summary>
public sealed class OciTestImage
{
    private readonly List<byte[]> _layers = [];
    private readonly List<string> _names = [];

    public string Architecture { get; init; } = "amd64";
    public string ConfigBody { get; init; } = """{"Cmd":["sh"],"Env":["PATH=/bin"]}""";
    public bool CorruptLayer { get; init; }

    public OciTestImage Layer(LayerTar layer)
    {
        _layers.Add(layer.Tar());
        return this;
    }

    public OciTestImage Named(string name)
    {
        _names.Add(name);
        return this;
    }

    public string ConfigJson => $$$"""{"architecture":"{{{Architecture}}}","os":"linux","created":"2024-01-02T03:04:05Z","config":{{{ConfigBody}}},"rootfs":{"type":"layers","diff_ids":[{{{string.Join(',', _layers.Select(l => $"\"{Digest(l)}\""))}}}]}}""";

    public string Id => Digest(Encoding.UTF8.GetBytes(ConfigJson));

    public static string Digest(byte[] content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    public MemoryStream OciArchive()
    {
        var files = new Dictionary<string, byte[]> { ["oci-layout"] = """{"imageLayoutVersion":"1.0.0"}"""u8.ToArray() };
        var config = Encoding.UTF8.GetBytes(ConfigJson);
        var layers = _layers.Select(Gzip).ToList();
        var layerDescriptors = layers.Select(l => $$"""{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"{{Digest(l)}}","size":{{l.Length}}}""");
        var manifest = Encoding.UTF8.GetBytes($$"""{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"{{Digest(config)}}","size":{{config.Length}}},"layers":[{{string.Join(',', layerDescriptors)}}]}""");
        foreach (var blob in layers.Append(config).Append(manifest))
        {
            files[$"blobs/sha256/{Digest(blob)[7..]}"] = blob;
        }

        if (CorruptLayer)
        {
            files[$"blobs/sha256/{Digest(layers[0])[7..]}"] = [.. layers[0].Take(layers[0].Length - 1), (byte)(layers[0][^1] ^ 0xff)];
        }

        var names = _names.Count == 0 ? [null] : _names.Cast<string?>();
        var entries = names.Select(n => $$"""{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"{{Digest(manifest)}}","size":{{manifest.Length}}{{(n is null ? "" : $$""","annotations":{"org.opencontainers.image.ref.name":"{{n}}"}""")}}}""");
        files["index.json"] = Encoding.UTF8.GetBytes($$"""{"schemaVersion":2,"manifests":[{{string.Join(',', entries)}}]}""");
        return Tar(files);
    }

    /// <summary>The classic <c>docker save</c> layout: <c>manifest.json</c>, the config as <c>&lt;id&gt;.json</c>, <c>&lt;n&gt;/layer.tar</c>.</summary>
    public MemoryStream DockerSaveArchive()
    {
        var config = Encoding.UTF8.GetBytes(ConfigJson);
        var files = new Dictionary<string, byte[]> { [$"{Id[7..]}.json"] = config };
        for (var i = 0; i < _layers.Count; i++)
        {
            files[$"layer{i}/layer.tar"] = _layers[i];
        }

        var layerPaths = string.Join(',', Enumerable.Range(0, _layers.Count).Select(i => $"\"layer{i}/layer.tar\""));
        files["manifest.json"] = Encoding.UTF8.GetBytes($$"""[{"Config":"{{Id[7..]}}.json","RepoTags":[{{string.Join(',', _names.Select(n => $"\"{n}\""))}}],"Layers":[{{layerPaths}}]}]""");
        return Tar(files);
    }

    private static byte[] Gzip(byte[] tar)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(tar);
        }

        return compressed.ToArray();
    }

    private static MemoryStream Tar(Dictionary<string, byte[]> files)
    {
        var archive = new MemoryStream();
        using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            // manifest.json last, as docker writes it, so the loader cannot rely on reading it first.
            foreach (var (name, content) in files.OrderBy(f => f.Key == "manifest.json"))
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content), Mode = (UnixFileMode)0b110_100_100 });
            }
        }

        archive.Position = 0;
        return archive;
    }
}
