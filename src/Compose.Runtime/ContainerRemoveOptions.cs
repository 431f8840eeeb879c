namespace Compose.Runtime;

public sealed record ContainerRemoveOptions(bool Force = false, bool RemoveAnonymousVolumes = false);
