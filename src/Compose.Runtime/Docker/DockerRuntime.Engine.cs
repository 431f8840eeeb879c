using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    public async Task<EngineInfo> GetEngineInfoAsync(CancellationToken cancellationToken)
    {
        var version = await _client.GetAsync("/version", Json.VersionDto, "read engine version", null, cancellationToken).ConfigureAwait(false);
        var api = await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        return new EngineInfo(EngineName(version), version.Version ?? "", api, version.Os ?? "", version.Arch ?? "");
    }

    /// <summary>
    /// The same driver serves Docker and Podman; which one answers (and its API version) is known after the first
    /// request, which negotiates both.
    /// </summary>
    public async Task<RuntimeCapabilities> GetCapabilitiesAsync(CancellationToken cancellationToken)
    {
        var api = await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        return RuntimeCapabilities.Docker with
        {
            Driver = _client.IsPodman ? "podman" : "docker",
            NetworksAtCreate = api >= ApiFeatures.MultipleNetworksAtCreate,
            // Podman 4.3 runs health checks from systemd timers only: without systemd the client drives them.
            RunsHealthChecks = !_client.IsPodman,
        };
    }

    /// <summary>Docker names itself in <c>Platform.Name</c> (empty on Debian's build); Podman in its engine component.</summary>
    private string EngineName(VersionDto version)
    {
        var podman = version.Components?.FirstOrDefault(c => c.Name?.Contains("Podman", StringComparison.OrdinalIgnoreCase) == true);
        if (podman?.Name is { } podmanName)
        {
            return podmanName;
        }

        if (_client.IsPodman)
        {
            return "Podman Engine";
        }

        return string.IsNullOrWhiteSpace(version.Platform?.Name) ? "Docker Engine" : version.Platform.Name;
    }
}
