using System.Collections.Immutable;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Native;

public sealed partial class NativeRuntime
{
    public Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken) => Engine.CreateNetworkAsync(spec, cancellationToken);

    public Task<NetworkDetails?> InspectNetworkAsync(string idOrName, CancellationToken cancellationToken) => Engine.InspectNetworkAsync(idOrName, cancellationToken);

    public Task<ImmutableArray<NetworkInfo>> ListNetworksAsync(LabelFilter? filter, CancellationToken cancellationToken) => Engine.ListNetworksAsync(filter, cancellationToken);

    public Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken) => Engine.RemoveNetworkAsync(idOrName, cancellationToken);

    public Task ConnectNetworkAsync(string network, string container, NetworkAttachment attachment, CancellationToken cancellationToken) =>
        throw new RuntimeCapabilityException("native", $"connect the existing container {container} to network {network}",
            "recreate the container (its networks are joined at creation: up --force-recreate), or use --runtime docker");

    public Task DisconnectNetworkAsync(string network, string container, bool force, CancellationToken cancellationToken) =>
        throw new RuntimeCapabilityException("native", $"disconnect the container {container} from network {network}",
            "recreate the container without the network (up --force-recreate), or use --runtime docker");

    public Task<string> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken cancellationToken) => Engine.CreateVolumeAsync(spec, cancellationToken);

    public Task<VolumeInfo?> InspectVolumeAsync(string name, CancellationToken cancellationToken) => Engine.InspectVolumeAsync(name, cancellationToken);

    public Task<ImmutableArray<VolumeInfo>> ListVolumesAsync(LabelFilter? filter, CancellationToken cancellationToken) => Engine.ListVolumesAsync(filter, cancellationToken);

    public Task RemoveVolumeAsync(string name, bool force, CancellationToken cancellationToken) => Engine.RemoveVolumeAsync(name, force, cancellationToken);

    public Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken) => images.InspectImageAsync(reference, cancellationToken);

    public Task<ImmutableArray<ImageInfo>> ListImagesAsync(ImageListFilter filter, CancellationToken cancellationToken) => images.ListImagesAsync(filter, cancellationToken);

    public IAsyncEnumerable<ImageProgress> PullImageAsync(ImagePullRequest request, CancellationToken cancellationToken) => images.PullImageAsync(request, cancellationToken);

    public IAsyncEnumerable<ImageProgress> BuildImageAsync(ImageBuildSpec spec, Stream contextTar, CancellationToken cancellationToken) =>
        images.BuildImageAsync(spec, contextTar, cancellationToken);

    public Task<ImmutableArray<LoadedImage>> LoadImageAsync(Stream archive, string source, CancellationToken cancellationToken) =>
        images.LoadImageAsync(archive, source, cancellationToken);

    public Task TagImageAsync(string source, string target, CancellationToken cancellationToken) => images.TagImageAsync(source, target, cancellationToken);

    public IAsyncEnumerable<ImageProgress> PushImageAsync(string reference, CancellationToken cancellationToken) => images.PushImageAsync(reference, cancellationToken);

    public Task<ImmutableArray<string>> RemoveImageAsync(string reference, bool force, CancellationToken cancellationToken) => images.RemoveImageAsync(reference, force, cancellationToken);
}
