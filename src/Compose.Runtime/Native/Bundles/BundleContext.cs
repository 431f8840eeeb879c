using System.Collections.Immutable;
using Compose.Runtime.Native.Images;

namespace Compose.Runtime.Native.Bundles;

/// <summary>
/// What the container spec alone does not say and <see cref="OciSpecBuilder"/> needs, resolved beforehand on the
/// host: the mounted root, the user's ids from the image's files, volume directories, devices' numbers, the network
/// namespace to join and the generated <c>/etc</c> files.
/// </summary>
internal sealed record BundleContext
{
    public required string Id { get; init; }
    public required string RootfsPath { get; init; }
    public required NativeImageConfig Image { get; init; }
    public required ResolvedUser User { get; init; }

    /// <summary>The network namespace to join (ours or another container's); null = the host's.</summary>
    public string? NetworkNamespacePath { get; init; }

    public string Hostname { get; init; } = "";

    /// <summary>Mounts of the spec (binds, volumes, tmpfs) with their host sources resolved, in the spec's order.</summary>
    public ImmutableArray<ResolvedMount> Mounts { get; init; } = [];

    public ImmutableArray<ResolvedDevice> Devices { get; init; } = [];

    /// <summary>Host files bind-mounted over <c>/etc/hosts</c>, <c>/etc/resolv.conf</c> and <c>/etc/hostname</c> (null: leave the image's).</summary>
    public string? HostsFile { get; init; }
    public string? ResolvConfFile { get; init; }
    public string? HostnameFile { get; init; }

    /// <summary>The host's init (catatonit), mounted into the container for <c>init: true</c>.</summary>
    public string? InitPath { get; init; }

    public string CgroupParent { get; init; } = "/composectl";
}
