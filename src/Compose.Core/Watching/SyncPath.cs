namespace Compose.Watching;

/// <summary>
/// One changed host path to mirror into a service's containers: copied when it exists on the host, removed from the
/// container when it does not. <see cref="Trigger"/> decides what a copied directory's walk leaves out.
/// </summary>
public sealed record SyncPath(string HostPath, string ContainerPath, WatchTrigger Trigger);
