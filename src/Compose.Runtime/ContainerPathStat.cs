namespace Compose.Runtime;

/// <summary>A path inside a container, as <c>cp</c> needs to know it: directory or file, size, link target.</summary>
public sealed record ContainerPathStat(string Name, long Size, uint Mode, DateTimeOffset Modified, string? LinkTarget)
{
    /// <summary>Go's <c>os.ModeDir</c> bit, as the engine reports it.</summary>
    public bool IsDirectory => (Mode & 0x80000000u) != 0;

    public bool IsSymbolicLink => (Mode & 0x08000000u) != 0;
}
