using Compose.Runtime.Docker.Configuration;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>
/// <see cref="IContainerRuntime"/> over the Docker Engine API (also served by Podman). One file per resource;
/// wire types stay internal, every failure goes through <see cref="DockerErrorMapper"/>.
/// </summary>
public sealed partial class DockerRuntime : IContainerRuntime
{
    private static readonly DockerJsonContext Json = DockerJsonContext.Default;
    private readonly DockerEngineClient _client;
    private readonly Lazy<RegistryCredentials> _credentials;

    public DockerRuntime(DockerClientOptions options)
    {
        Options = options;
        _client = new DockerEngineClient(options.Endpoint, options.RequestTimeout);
        _credentials = new Lazy<RegistryCredentials>(
            () => new RegistryCredentials(DockerConfigFile.Load(options.ConfigDirectory), new CredentialHelperRunner()),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An engine without client configuration: no registry credentials (prefer <see cref="DockerRuntime(DockerClientOptions)"/>).</summary>
    public DockerRuntime(DockerEndpoint endpoint)
        : this(new DockerClientOptions { Endpoint = endpoint })
    {
    }

    public DockerClientOptions Options { get; }

    public DockerEndpoint Endpoint => Options.Endpoint;

    /// <summary>The negotiated API version, once the first request has been made.</summary>
    public Version? ApiVersion => _client.ApiVersion;

    public async Task<RuntimeSnapshot> SnapshotAsync(LabelFilter labelFilter, CancellationToken cancellationToken)
    {
        // Three independent list calls, issued at once: the snapshot costs one round trip of wall time.
        var containers = ListCompatibleAsync(labelFilter, all: true, cancellationToken);
        var networks = ListNetworksAsync(labelFilter, cancellationToken);
        var volumes = ListVolumesAsync(labelFilter, cancellationToken);
        await Task.WhenAll(containers, networks, volumes).ConfigureAwait(false);
        return new RuntimeSnapshot(await containers.ConfigureAwait(false), await networks.ConfigureAwait(false), await volumes.ConfigureAwait(false));
    }

    private async Task<ApiFeatures> FeaturesAsync(string operation, string? resource, CancellationToken cancellationToken) =>
        new(await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false), operation, resource);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string Flag(bool value) => value ? "1" : "0";

    private static string LabelQuery(LabelFilter? filter) =>
        filter is null ? "" : EngineFilters.Query("label", filter.ToEngineFilters());

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
