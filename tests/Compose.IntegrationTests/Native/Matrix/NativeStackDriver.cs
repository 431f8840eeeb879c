using Compose.IntegrationTests.Cli;
using Compose.IntegrationTests.Matrix;
using Compose.IntegrationTests.Native.Images;
using Compose.Runtime;

namespace Compose.IntegrationTests.Native.Matrix;

/// <summary>
/// The native driver (<c>COMPOSE_RUNTIME=native</c>) on a state and run root of the test's own, with busybox loaded by
/// <c>image load</c> from the OCI archive made without any engine. Disposing it runs the native leak checks (links,
/// namespaces, mounts, firewall rules, state files, stray processes) of <see cref="NativeHost"/>.
/// </summary>
public sealed class NativeStackDriver : StackDriver
{
    private readonly NativeHost _host;

    private NativeStackDriver(ComposeProject project, NativeHost host)
        : base(project)
    {
        _host = host;
    }

    public static async Task<StackDriver> CreateAsync(string prefix, string yaml)
    {
        var project = await ComposeProject.CreateAsync(prefix, yaml);
        var host = await NativeHost.StartAsync(project.Name);
        project.Variables["COMPOSE_RUNTIME"] = "native";
        project.Variables["COMPOSE_NATIVE_ROOT"] = host.Root.StateDirectory;
        project.Variables["COMPOSE_NATIVE_RUN_ROOT"] = host.Root.RunDirectory;
        var driver = new NativeStackDriver(project, host);
        await driver.OkAsync("image", "load", "-i", await NativeBusybox.ArchiveAsync());
        return driver;
    }

    public override string Name => "the native driver";

    public override async Task<IReadOnlyList<string>> LeftoversAsync()
    {
        var snapshot = await _host.Engine.SnapshotAsync(LabelFilter.Of("com.docker.compose.project", Project.Name), CancellationToken.None);
        return [.. snapshot.Containers.Select(c => $"container {c.Name}"), .. snapshot.Networks.Select(n => $"network {n.Name}"), .. snapshot.Volumes.Select(v => $"volume {v.Name}")];
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await _host.DisposeAsync();
        }
        finally
        {
            await base.DisposeAsync();
        }
    }
}
