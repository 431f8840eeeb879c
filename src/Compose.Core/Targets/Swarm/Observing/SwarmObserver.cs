using System.Collections.Immutable;
using Compose.Model;
using Compose.Runtime;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Observing;

/// <summary>
/// One observation of a stack in as few round trips as the API allows: the membership check, then services,
/// networks, secrets, configs and nodes at once, then the image digests (which depend on the services for
/// <see cref="ImageResolution.Changed"/>), while the secret and config files are read.
/// </summary>
public sealed class SwarmObserver(ISwarmClient swarm, string stack, ImageResolution resolution)
{
    public async Task<SwarmObserved> ObserveAsync(Project project, CancellationToken cancellationToken)
    {
        var state = await RequireManagerAsync(swarm, cancellationToken).ConfigureAwait(false);
        var label = LabelFilter.Of(SwarmLabels.Namespace, stack);
        var services = swarm.ListServicesAsync(label, cancellationToken);
        var networks = swarm.ListNetworksAsync(null, cancellationToken);
        var secrets = swarm.ListObjectsAsync(SwarmObjectKind.Secret, null, cancellationToken);
        var configs = swarm.ListObjectsAsync(SwarmObjectKind.Config, null, cancellationToken);
        var nodes = swarm.ListNodesAsync(cancellationToken);
        var contents = ObjectContents.ReadAsync(project, cancellationToken);
        await Task.WhenAll(services, networks, secrets, configs, nodes, contents).ConfigureAwait(false);
        var byName = (await services.ConfigureAwait(false)).ToImmutableSortedDictionary(s => s.Spec.Name, s => s, StringComparer.Ordinal);
        return new SwarmObserved
        {
            Stack = stack,
            State = state,
            Nodes = await nodes.ConfigureAwait(false),
            Services = byName,
            Networks = await networks.ConfigureAwait(false),
            Secrets = await secrets.ConfigureAwait(false),
            Configs = await configs.ConfigureAwait(false),
            Contents = await contents.ConfigureAwait(false),
            Digests = await ResolveAsync(project, byName, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>What the stack holds, without files (undeploy, rollback, ps): its services, networks, secrets and configs.</summary>
    public static async Task<SwarmObserved> ObserveStackAsync(ISwarmClient swarm, string stack, CancellationToken cancellationToken)
    {
        var state = await RequireManagerAsync(swarm, cancellationToken).ConfigureAwait(false);
        var label = LabelFilter.Of(SwarmLabels.Namespace, stack);
        var services = swarm.ListServicesAsync(label, cancellationToken);
        var networks = swarm.ListNetworksAsync(label, cancellationToken);
        var secrets = swarm.ListObjectsAsync(SwarmObjectKind.Secret, label, cancellationToken);
        var configs = swarm.ListObjectsAsync(SwarmObjectKind.Config, label, cancellationToken);
        var nodes = swarm.ListNodesAsync(cancellationToken);
        await Task.WhenAll(services, networks, secrets, configs, nodes).ConfigureAwait(false);
        return new SwarmObserved
        {
            Stack = stack,
            State = state,
            Nodes = await nodes.ConfigureAwait(false),
            Services = (await services.ConfigureAwait(false)).ToImmutableSortedDictionary(s => s.Spec.Name, s => s, StringComparer.Ordinal),
            Networks = await networks.ConfigureAwait(false),
            Secrets = await secrets.ConfigureAwait(false),
            Configs = await configs.ConfigureAwait(false),
        };
    }

    /// <summary>The membership check every stack command starts with: only a manager of an active swarm takes them.</summary>
    public static async Task<SwarmState> RequireManagerAsync(ISwarmCluster swarm, CancellationToken cancellationToken)
    {
        var state = await swarm.GetStateAsync(cancellationToken).ConfigureAwait(false);
        if (!state.IsActive)
        {
            throw new SwarmException(state.LocalNodeState is "inactive" or ""
                ? $"the engine at {swarm.EndpointDescription} is not part of a swarm. Make it one with `docker swarm init` (or join one with `docker swarm join`), then deploy again."
                : $"the engine at {swarm.EndpointDescription} is in swarm state '{state.LocalNodeState}'{(state.Error is { } error ? $": {error}" : "")}; fix the swarm (docker info shows it), then deploy again.");
        }

        return state.ControlAvailable
            ? state
            : throw new SwarmException($"the engine at {swarm.EndpointDescription} is a swarm worker; stacks are deployed through a manager: point DOCKER_HOST at one (docker node ls there lists them).");
    }

    private async Task<ImmutableSortedDictionary<string, string?>> ResolveAsync(Project project, ImmutableSortedDictionary<string, SwarmService> services, CancellationToken cancellationToken)
    {
        if (resolution == ImageResolution.Never)
        {
            return ImmutableSortedDictionary<string, string?>.Empty;
        }

        var images = project.Services.Values
            .Where(s => s.Image is not null && !s.Image.Contains('@', StringComparison.Ordinal))
            .Where(s => resolution == ImageResolution.Always || !TagUnchanged(s, services))
            .Select(s => s.Image!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var digests = await Task.WhenAll(images.Select(i => swarm.ResolveDigestAsync(i, cancellationToken))).ConfigureAwait(false);
        return images.Zip(digests).ToImmutableSortedDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private bool TagUnchanged(Service service, ImmutableSortedDictionary<string, SwarmService> services) =>
        services.TryGetValue(SwarmNames.Scope(stack, service.Name), out var running)
        && running.Spec.Labels.GetValueOrDefault(SwarmLabels.Image) == service.Image;
}
