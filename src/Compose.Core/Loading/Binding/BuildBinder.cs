using System.Collections.Immutable;
using Compose.Loading.Files;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// <c>build:</c> a context path or the long form. The context (default <c>.</c>) and local additional contexts are
/// made absolute unless remote; <c>dockerfile</c> defaults to <c>Dockerfile</c> when no inline Dockerfile is given.
/// </summary>
public sealed class BuildBinder(BindingContext context)
{
    public ServiceBuild Bind(Node value, string path)
    {
        if (value is ScalarNode)
        {
            return new ServiceBuild { Context = Context(NodeReader.String(value, path), value, path), Dockerfile = "Dockerfile" };
        }

        var build = MappingReader.Open(value, path, SpecKeys.Build);
        var inline = build.String("dockerfile_inline");
        return new ServiceBuild
        {
            Context = Context(build.String("context") ?? ".", build.Get("context"), build.PathOf("context")),
            Dockerfile = DockerfilePath(build) ?? (inline is null ? "Dockerfile" : null),
            DockerfileInline = inline,
            Args = build.NullableMap("args"),
            Ssh = build.Object("ssh", Ssh) is { } ssh ? [.. ssh] : [],
            Labels = build.Map("labels"),
            CacheFrom = build.Strings("cache_from"),
            CacheTo = build.Strings("cache_to"),
            NoCache = build.Flag("no_cache"),
            AdditionalContexts = ModelMaps.From(build.Map("additional_contexts").Select(kv => KeyValuePair.Create(kv.Key, AdditionalContext(kv.Value, build)))),
            Network = build.String("network"),
            Target = build.String("target"),
            Secrets = build.Items("secrets", FileReferenceBinder.Bind),
            Tags = build.Strings("tags"),
            Ulimits = build.Get("ulimits") is { } ulimits ? UlimitBinder.Bind(ulimits, build.PathOf("ulimits")) : ModelMaps.Empty<Ulimit>(),
            Platforms = build.Strings("platforms"),
            Privileged = build.Flag("privileged"),
            Pull = build.Flag("pull"),
            ExtraHosts = build.Get("extra_hosts") is { } hosts ? ExtraHostsBinder.Bind(hosts, build.PathOf("extra_hosts")) : ModelMaps.Empty<ImmutableArray<string>>(),
            Isolation = build.String("isolation"),
            ShmSize = build.Bytes("shm_size"),
            Entitlements = build.Strings("entitlements"),
            Provenance = build.String("provenance"),
            Sbom = build.String("sbom"),
        };
    }

    private string Context(string text, Node? at, string keyPath) => PathSyntax.IsRemote(text) ? text : PathSyntax.Resolve(text, context, at, keyPath);

    /// <summary>A path inside the context (kept relative), so it is checked for characters no path can hold.</summary>
    private static string? DockerfilePath(MappingReader build)
    {
        var dockerfile = build.String("dockerfile");
        PathCharacters.Check(dockerfile ?? "", build.Get("dockerfile")?.Location, build.PathOf("dockerfile"));
        return dockerfile;
    }

    /// <summary>Local paths are resolved; <c>docker-image://</c>, <c>service:</c>, <c>target:</c> and URLs are references.</summary>
    private string AdditionalContext(string text, MappingReader build) =>
        PathSyntax.IsRemote(text) || text.StartsWith("service:", StringComparison.Ordinal) || text.StartsWith("target:", StringComparison.Ordinal)
            ? text
            : PathSyntax.Resolve(text, context, build.Get("additional_contexts"), build.PathOf("additional_contexts"));

    /// <summary><c>ssh: [default, id=path]</c> or <c>{id: path}</c> into <c>id[=path]</c> entries.</summary>
    private static string[] Ssh(Node node, string path) => node is MappingNode
        ? [.. BindingMaps.Strings(node, path).Select(kv => kv.Value.Length == 0 ? kv.Key : $"{kv.Key}={kv.Value}")]
        : [.. NodeReader.StringOrList(node, path)];
}
