namespace Compose.Tests.Fuzzing;

/// <summary>A real compose file the mutator starts from, and the project directory its relative paths mean.</summary>
public sealed record FuzzSeedFile(string Name, string Directory, byte[] Bytes)
{
    public static FuzzSeedFile Read(string path, string name) =>
        new(name, System.IO.Path.GetDirectoryName(path)!, File.ReadAllBytes(path));
}
