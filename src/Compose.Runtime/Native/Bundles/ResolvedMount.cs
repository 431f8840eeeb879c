namespace Compose.Runtime.Native.Bundles;

/// <summary>One of the spec's mounts with its host source: a path for binds and volumes (the volume's directory), null for tmpfs.</summary>
internal sealed record ResolvedMount(MountSpec Spec, string? HostSource);
