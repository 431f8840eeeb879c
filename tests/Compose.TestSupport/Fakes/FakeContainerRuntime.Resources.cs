using System.Collections.Concurrent;
using System.Collections.Immutable;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.TestSupport.Fakes;

/// <summary>Networks, volumes and images of the fake engine.</summary>
public sealed partial class FakeContainerRuntime
{
    private readonly ConcurrentDictionary<string, NetworkInfo> _networks = new();

    /// <summary>Networks sharing a name with one in <see cref="_networks"/>, by id (the engine allows them: see SeedDuplicateNetwork).</summary>
    private readonly ConcurrentDictionary<string, NetworkInfo> _duplicateNetworks = new();
    private readonly ConcurrentDictionary<string, VolumeInfo> _volumes = new();
    private readonly ConcurrentDictionary<string, string> _imageIds = new();
    private readonly ConcurrentDictionary<string, bool> _missingImages = new();

    public IReadOnlyCollection<NetworkInfo> Networks => [.. _networks.Values, .. _duplicateNetworks.Values];

    public IReadOnlyCollection<VolumeInfo> Volumes => [.. _volumes.Values];

    public Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(HasImage(reference) ? new ImageInfo { Id = ImageIdOf(reference) } : null);

    public Task<ImmutableArray<string>> RemoveImageAsync(string reference, bool force, CancellationToken cancellationToken)
    {
        Record(new("remove", "image", reference));
        return _missingImages.TryAdd(reference, true)
            ? Task.FromResult<ImmutableArray<string>>([reference])
            : throw new ImageNotFoundException("remove image", reference, $"No such image: {reference}");
    }

    public Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken)
    {
        Record(new("create", "network", spec.Name));
        var id = NewId();
        var network = new NetworkInfo { Id = id, Name = spec.Name, Driver = spec.Driver, Internal = spec.Internal, Labels = spec.Labels, Options = spec.Options };
        return _networks.TryAdd(spec.Name, network)
            ? Task.FromResult(id)
            : throw new ResourceConflictException("create network", spec.Name, $"network with name {spec.Name} already exists");
    }

    public Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken)
    {
        Record(new("remove", "network", idOrName));
        // As the engine: only running containers have endpoints; a stopped one keeps the network's name, not the network.
        if (_containers.Values.FirstOrDefault(c => c.Networks.Contains(idOrName) && c.State is ContainerState.Running or ContainerState.Paused or ContainerState.Restarting) is { } user)
        {
            throw new ResourceConflictException("remove network", idOrName, $"error while removing network: network {idOrName} has active endpoints ({user.Name})");
        }

        if (_duplicateNetworks.TryRemove(idOrName, out _))
        {
            return Task.CompletedTask;
        }

        if (_duplicateNetworks.Values.Any(n => n.Name == idOrName))
        {
            // As the Docker engine answers a removal by a name two networks share.
            throw new ResourceConflictException("remove network", idOrName, $"network {idOrName} is ambiguous ({1 + _duplicateNetworks.Values.Count(n => n.Name == idOrName)} matches found based on name)");
        }

        var name = _networks.Values.FirstOrDefault(n => n.Id == idOrName)?.Name ?? idOrName;
        return _networks.TryRemove(name, out _) ? Task.CompletedTask : throw new ResourceNotFoundException("remove network", idOrName, "not found");
    }

    public Task<ImmutableArray<NetworkInfo>> ListNetworksAsync(LabelFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<NetworkInfo>>([.. Networks.Where(n => filter is null || Matches(n.Labels, filter))]);

    public Task<NetworkDetails?> InspectNetworkAsync(string idOrName, CancellationToken cancellationToken) =>
        Task.FromResult(_networks.Values.FirstOrDefault(n => n.Name == idOrName || n.Id == idOrName) is { } network ? new NetworkDetails { Summary = network } : null);

    public Task ConnectNetworkAsync(string network, string container, NetworkAttachment attachment, CancellationToken cancellationToken)
    {
        Record(new("connect", "network", network, NameOf(container)));
        Update(container, c => c with { Networks = [.. c.Networks, network] });
        return Task.CompletedTask;
    }

    public Task DisconnectNetworkAsync(string network, string container, bool force, CancellationToken cancellationToken)
    {
        Record(new("disconnect", "network", network, NameOf(container)));
        Update(container, c => c with { Networks = c.Networks.Remove(network) });
        return Task.CompletedTask;
    }

    public Task<string> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken cancellationToken)
    {
        Record(new("create", "volume", spec.Name));
        _volumes[spec.Name] = new VolumeInfo { Name = spec.Name, Driver = spec.Driver, Labels = spec.Labels, Options = spec.Options };
        return Task.FromResult(spec.Name);
    }

    public Task<VolumeInfo?> InspectVolumeAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(_volumes.TryGetValue(name, out var volume) ? volume : null);

    public Task<ImmutableArray<VolumeInfo>> ListVolumesAsync(LabelFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult<ImmutableArray<VolumeInfo>>([.. _volumes.Values.Where(v => filter is null || Matches(v.Labels, filter))]);

    public Task RemoveVolumeAsync(string name, bool force, CancellationToken cancellationToken)
    {
        Record(new("remove", "volume", name));
        if (_containers.Values.FirstOrDefault(c => c.Mounts.Any(m => m.Name == name)) is { } user)
        {
            throw new ResourceConflictException("remove volume", name, $"remove {name}: volume is in use - [{user.Id}]");
        }

        return _volumes.TryRemove(name, out _) ? Task.CompletedTask : throw new ResourceNotFoundException("remove volume", name, "no such volume");
    }

    /// <summary>Puts a network in place as if created outside the project (an external one) or by an older run.</summary>
    public NetworkInfo SeedNetwork(string name, ImmutableSortedDictionary<string, string>? labels = null) =>
        _networks[name] = new NetworkInfo { Id = NewId(), Name = name, Driver = "bridge", Labels = labels ?? ImmutableSortedDictionary<string, string>.Empty };

    /// <summary>A second network with a name one already has, as two racing <c>up</c>s or an API call without CheckDuplicate leave.</summary>
    public NetworkInfo SeedDuplicateNetwork(string name)
    {
        var original = _networks[name];
        var duplicate = original with { Id = NewId() };
        _duplicateNetworks[duplicate.Id] = duplicate;
        return duplicate;
    }

    public VolumeInfo SeedVolume(string name, ImmutableSortedDictionary<string, string>? labels = null) =>
        _volumes[name] = new VolumeInfo { Name = name, Driver = "local", Labels = labels ?? ImmutableSortedDictionary<string, string>.Empty };

    /// <summary>A new image now stands behind <paramref name="reference"/> (after a pull or build).</summary>
    public void SetImageId(string reference, string id) => _imageIds[reference] = id;

    private string ImageIdOf(string reference) => _imageIds.GetValueOrDefault(reference, "sha256:" + reference);

    /// <summary>Volume mounts get a volume (anonymous ones a generated 64-hex name), as the engine makes them.</summary>
    private MountInfo MountFor(MountSpec mount)
    {
        if (mount.Type != MountType.Volume)
        {
            return new MountInfo(mount.Type, null, mount.Source, mount.Target, !mount.ReadOnly);
        }

        var name = mount.Source ?? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(Interlocked.Increment(ref _nextId))));
        _volumes.TryAdd(name, new VolumeInfo { Name = name, Driver = "local" });
        return new MountInfo(MountType.Volume, name, null, mount.Target, !mount.ReadOnly);
    }

    /// <summary>As the engine does on <c>rm -v</c>: anonymous volumes that were created with the container and that no one else uses.</summary>
    private void RemoveAnonymousVolumesOf(ContainerInfo container)
    {
        foreach (var mount in container.Mounts.Where(m => m.Type == MountType.Volume && m.Name is { Length: 64 }))
        {
            if (!_containers.Values.Any(c => c.Mounts.Any(m => m.Name == mount.Name)))
            {
                _volumes.TryRemove(mount.Name!, out _);
            }
        }
    }
}
