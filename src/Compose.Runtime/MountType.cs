namespace Compose.Runtime;

public enum MountType
{
    Bind,
    Volume,
    Tmpfs,
    NamedPipe,
    Image,
}
