namespace Compose.Runtime;

/// <summary><see cref="Force"/> kills a running container first; <see cref="RemoveAnonymousVolumes"/> removes its anonymous volumes.</summary>
public sealed record ContainerRemoveOptions(bool Force = false, bool RemoveAnonymousVolumes = false);
