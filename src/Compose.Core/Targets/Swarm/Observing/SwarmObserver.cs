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
        // Every call at once (the membership is checked when its answer is in): the observation costs one round trip.
        var state = swarm.GetStateAsync(cancellationToken);
        var label = LabelFilter.Of(SwarmLabels.Namespace, stack);
        var services = swarm.ListServicesAsync(label, cancellationToken);
        var networks = swarm.ListNetworksAsync(null, cancellationToken);
        var secrets = swarm.ListObjectsAsync(SwarmObjectKind.Secret, null, cancellationToken);
        var configs = swarm.ListObjectsAsync(SwarmObjectKind.Config, null, cancellationToken);
        var nodes = swarm.ListNodesAsync(cancellationToken);
        var contents = ObjectContents.ReadAsync(project, cancellationToken);
        // Only --resolve-image changed needs the running services before it knows which images to ask for.
        var digests = resolution == ImageResolution.Changed ? null : ResolveAsync(project, ImmutableSortedDictionary<string, SwarmService>.Empty, cancellationToken);
        var checkedState = RequireManager(await Completed(state, services, networks, secrets, configs, nodes, contents, digests).ConfigureAwait(false), swarm);
        var byName = (await services.ConfigureAwait(false)).ToImmutableSortedDictionary(s => s.Spec.Name, s => s, StringComparer.Ordinal);
        return new SwarmObserved
        {
            Stack = stack,
            State = checkedState,
            Nodes = await nodes.ConfigureAwait(false),
            Services = byName,
            Networks = await networks.ConfigureAwait(false),
            Secrets = await secrets.ConfigureAwait(false),
            Configs = await configs.ConfigureAwait(false),
            Contents = await contents.ConfigureAwait(false),
            Digests = await (digests ?? ResolveAsync(project, byName, cancellationToken)).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// The swarm state once every call has answered; on an engine in no swarm the other calls fail, so their failures
    /// give way to the membership's clear message.
    /// </summary>
    private static async Task<SwarmState> Completed(Task<SwarmState> state, params Task?[] others)
    {
        var answer = await state.ConfigureAwait(false);
        try
        {
            await Task.WhenAll(others.OfType<Task>()).ConfigureAwait(false);
        }
        catch (Exception) when (!answer.IsActive || !answer.ControlAvailable)
        {
            // Refused below with what to do.
        }

        return answer;
    }

    /// <summary>What the stack holds, without files (undeploy, rollback, ps): its services, networks, secrets and configs.</summary>
    public static async Task<SwarmObserved> ObserveStackAsync(ISwarmClient swarm, string stack, CancellationToken cancellationToken)
    {
        var answer = swarm.GetStateAsync(cancellationToken);
        var label = LabelFilter.Of(SwarmLabels.Namespace, stack);
        var services = swarm.ListServicesAsync(label, cancellationToken);
        var networks = swarm.ListNetworksAsync(label, cancellationToken);
        var secrets = swarm.ListObjectsAsync(SwarmObjectKind.Secret, label, cancellationToken);
        var configs = swarm.ListObjectsAsync(SwarmObjectKind.Config, label, cancellationToken);
        var nodes = swarm.ListNodesAsync(cancellationToken);
        var state = RequireManager(await Completed(answer, services, networks, secrets, configs, nodes).ConfigureAwait(false), swarm);
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
    public static async Task<SwarmState> RequireManagerAsync(ISwarmCluster swarm, CancellationToken cancellationToken) =>
        RequireManager(await swarm.GetStateAsync(cancellationToken).ConfigureAwait(false), swarm);

    private static SwarmState RequireManager(SwarmState state, ISwarmCluster swarm)
    {
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
