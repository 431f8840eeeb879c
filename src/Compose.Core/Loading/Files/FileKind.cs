namespace Compose.Loading.Files;

/// <summary>What a path names on the file system, as far as reading it as a compose or env file is concerned.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Pipe,
    CharacterDevice,
    BlockDevice,
    Socket,

    /// <summary>The platform does not say (not Linux): treated like a regular file, the size bound still applies.</summary>
    Unknown,
}
