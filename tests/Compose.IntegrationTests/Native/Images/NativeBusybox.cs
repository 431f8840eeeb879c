using System.Diagnostics;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime.Native.Images;

namespace Compose.IntegrationTests.Native.Images;

/// <summary>
/// <c>busybox:latest</c> for native tests, with no engine: the OCI archive <c>scripts/native-busybox-oci</c> makes from
/// Debian's busybox-static (made once per test run), loaded into a store. The container half's tests call
/// <see cref="SeedAsync"/> the same way.
/// </summary>
public static class NativeBusybox
{
    private static readonly Lazy<Task<string>> Archive = new(MakeArchiveAsync);

    /// <summary>The archive's path (an OCI archive naming <c>docker.io/library/busybox:latest</c>).</summary>
    public static Task<string> ArchiveAsync() => Archive.Value;

    public static async Task<NativeImage> SeedAsync(NativeImageStore store, CancellationToken cancellationToken = default)
    {
        await using (var archive = File.OpenRead(await ArchiveAsync()))
        {
            await store.LoadAsync(archive, "busybox OCI archive", cancellationToken);
        }

        return await store.FindAsync("busybox:latest", cancellationToken) ?? throw new InvalidOperationException("busybox:latest did not load");
    }

    private static async Task<string> MakeArchiveAsync()
    {
        var path = Path.Combine(TestTemp.Directory("native-busybox-"), "busybox-oci.tar");
        var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "scripts", "native-busybox-oci")) { RedirectStandardError = true, ArgumentList = { path } };
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? path : throw new InvalidOperationException($"scripts/native-busybox-oci failed: {error}");
    }
}
