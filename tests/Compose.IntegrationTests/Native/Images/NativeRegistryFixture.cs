using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Native.Images;

/// <summary>
/// The registry tests' <see cref="LocalRegistry"/> pair (open, and private with <see cref="User"/>/<see cref="Password"/>),
/// seeded with busybox by <c>skopeo copy</c> from the busybox OCI archive, so no engine is involved at all.
/// </summary>
public sealed class NativeRegistryFixture : IAsyncLifetime
{
    public const string User = "native";
    public const string Password = "n4tive-pw";
    public const string Repository = "native/busybox";

    private LocalRegistry? _open;
    private LocalRegistry? _private;

    public LocalRegistry Open => _open ?? throw new InvalidOperationException("the registry did not start");

    public LocalRegistry Private => _private ?? throw new InvalidOperationException("the registry did not start");

    public async Task InitializeAsync()
    {
        if (NativeHost.Missing(needsDocker: false) is not null && !Engine.IsRequired)
        {
            return;
        }

        _open = await LocalRegistry.StartAsync();
        _private = await LocalRegistry.StartAsync(User, Password);
        var archive = await NativeBusybox.ArchiveAsync();
        await PushAsync(archive, $"{_open.Address}/{Repository}:latest");
        await PushAsync(archive, $"{_private.Address}/{Repository}:latest", $"{User}:{Password}");
    }

    /// <summary>Copies an OCI archive or layout (<c>oci-archive:…</c>, <c>oci:…</c>) or the given source to the registry.</summary>
    public static Task PushAsync(string archive, string destination, string? credentials = null, string? source = null)
    {
        List<string> command = ["skopeo", "copy", "--quiet", "--dest-tls-verify=false"];
        if (credentials is not null)
        {
            command.AddRange(["--dest-creds", credentials]);
        }

        command.AddRange([source ?? $"oci-archive:{archive}", $"docker://{destination}"]);
        return HostProcess.RunAsync([.. command]);
    }

    public async Task DisposeAsync()
    {
        if (_open is not null)
        {
            await _open.DisposeAsync();
        }

        if (_private is not null)
        {
            await _private.DisposeAsync();
        }
    }
}
