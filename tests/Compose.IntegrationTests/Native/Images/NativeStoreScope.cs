using Compose.Runtime.Native;
using Compose.Runtime.Native.Images;

namespace Compose.IntegrationTests.Native.Images;

/// <summary>
/// A native store on a root of its own under the test temp directory. Disposing unmounts every container root the
/// test mounted under it and deletes the root, so a test leaves no mount and no state behind.
/// </summary>
public sealed class NativeStoreScope : IDisposable
{
    public NativeStoreScope(string? dockerConfigDirectory = null, string prefix = "native-")
    {
        Directory = TestTemp.Directory(prefix);
        Root = new NativeRoot(Path.Combine(Directory, "state"), Path.Combine(Directory, "run"));
        Store = new NativeImageStore(new NativeImageStoreOptions { Root = Root, DockerConfigDirectory = dockerConfigDirectory });
    }

    public string Directory { get; }

    public NativeRoot Root { get; }

    public NativeImageStore Store { get; }

    /// <summary>A new container directory under the root's <c>containers/</c>.</summary>
    public string ContainerDirectory(string name) => System.IO.Directory.CreateDirectory(Path.Combine(Root.Containers, name)).FullName;

    /// <summary>Mount points under this scope, deepest first (from /proc/self/mountinfo).</summary>
    public IReadOnlyList<string> Mounts() =>
        [.. File.ReadLines("/proc/self/mountinfo").Select(l => l.Split(' ')[4]).Where(m => m.StartsWith(Directory + "/", StringComparison.Ordinal)).OrderByDescending(m => m.Length)];

    public void Dispose()
    {
        Store.Dispose();
        foreach (var mount in Mounts())
        {
            Compose.Runtime.Native.Images.Layers.Posix.Unmount(mount, Compose.Runtime.Native.Images.Layers.Posix.DetachUnmount);
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
