using Compose.Runtime.Native.Processes;

namespace Compose.Runtime.Native.Networking;

/// <summary>Named network namespaces (<c>ip netns</c>, so they show in <c>ip netns</c> while in use): one per container on bridge networks or <c>none</c>.</summary>
internal sealed class NetworkNamespaces(NativeTools tools, ToolRunner runner)
{
    public static string NameOf(string containerId) => "composectl-" + containerId[..16];

    public static string PathOf(string containerId) => Path.Combine("/run/netns", NameOf(containerId));

    public async Task<string> CreateAsync(string containerId, CancellationToken cancellationToken)
    {
        var path = PathOf(containerId);
        if (!File.Exists(path))
        {
            await runner.RunAsync(new ToolCall("create network namespace", containerId[..12], tools.Ip, ["netns", "add", NameOf(containerId)]), cancellationToken).ConfigureAwait(false);
        }

        return path;
    }

    public async Task DeleteAsync(string containerId, CancellationToken cancellationToken)
    {
        if (File.Exists(PathOf(containerId)))
        {
            var result = await runner.ExecuteAsync(new ToolCall("remove network namespace", containerId[..12], tools.Ip, ["netns", "delete", NameOf(containerId)]), cancellationToken).ConfigureAwait(false);
            if (result.ExitCode != 0 && File.Exists(PathOf(containerId)))
            {
                throw ToolRunner.Failure(new ToolCall("remove network namespace", containerId[..12], tools.Ip, []), result);
            }
        }
    }
}
