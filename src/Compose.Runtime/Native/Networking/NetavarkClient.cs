using System.Text.Json;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Networking;

/// <summary>
/// Runs <c>netavark setup</c>/<c>teardown</c> for one container's namespace: veth pairs into the bridges, addresses,
/// routes, port forwarding and firewall rules, and the aardvark-dns entries that resolve its name and aliases.
/// aardvark-dns keeps its configuration under the run directory (a reboot forgets it, as it forgets the namespaces).
/// </summary>
internal sealed class NetavarkClient(NativeTools tools, NativeRoot root, ToolRunner runner)
{
    public string AardvarkDirectory => Path.Combine(root.RunDirectory, "aardvark");

    public async Task<Dictionary<string, NetavarkStatus>> SetupAsync(string netns, NetavarkOptions options, CancellationToken cancellationToken)
    {
        // aardvark-dns is started by the first setup that needs it; two setups starting it at once leave a stray one,
        // so the setups that may start it go one at a time.
        Directory.CreateDirectory(AardvarkDirectory);
        using var starting = AardvarkRunning() ? null : await FileLock.AcquireAsync(Path.Combine(root.Locks, "aardvark-start.lock"), cancellationToken).ConfigureAwait(false);
        var output = await runner.RunAsync(Call("set up the network of container", options, "setup", netns), cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(output, NetavarkJsonContext.Default.DictionaryStringNetavarkStatus) ?? [];
    }

    public async Task TeardownAsync(string netns, NetavarkOptions options, CancellationToken cancellationToken)
    {
        var call = Call("tear down the network of container", options, "teardown", netns);
        var result = await runner.ExecuteAsync(call, cancellationToken).ConfigureAwait(false);
        // A namespace that is already gone (a reboot, a killed start) still leaves rules to remove: netavark removes
        // what it can; what remains is the network janitor's at removal.
        if (result.ExitCode != 0 && File.Exists(netns) && !OnlyAlreadyGone(result.StandardOutput + result.StandardError))
        {
            throw ToolRunner.Failure(call, result);
        }
    }

    /// <summary>netavark reports each thing it could not remove; things that are gone already are not a failure of a teardown.</summary>
    internal static bool OnlyAlreadyGone(string message)
    {
        var errors = message.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "", StringComparison.Ordinal)
            .Split('\n').Select(l => l.Trim().TrimStart('-').Trim()).Where(l => l.Length > 0 && !l.Contains("multiple errors", StringComparison.Ordinal)).ToList();
        // "aardvark pid not found": a concurrent teardown removed the network's last name and aardvark-dns ended.
        return errors.Count > 0 && errors.All(e => e.Contains("No such file or directory", StringComparison.Ordinal)
            || e.Contains("No such device", StringComparison.Ordinal) || e.Contains("aardvark pid not found", StringComparison.Ordinal));
    }

    /// <summary>Whether aardvark-dns is running for our configuration (its pid file names a live process).</summary>
    public bool AardvarkRunning()
    {
        var pidFile = Path.Combine(AardvarkDirectory, "aardvark-dns", "aardvark.pid");
        return File.Exists(pidFile) && int.TryParse(SafeRead(pidFile), out var pid) && ProcessProbe.IsAlive(pid);
    }

    private ToolCall Call(string operation, NetavarkOptions options, string verb, string netns) =>
        new(operation, options.ContainerName, tools.Netavark,
            ["--config", AardvarkDirectory, "--rootless", "false", "--aardvark-binary", tools.AardvarkDns, verb, netns])
        {
            Input = JsonSerializer.Serialize(options, NetavarkJsonContext.Default.NetavarkOptions),
        };

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }
}
