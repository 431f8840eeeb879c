using System.Text.RegularExpressions;
using Compose.Errors;
using Compose.Observing;
using Compose.Runtime.Errors;

namespace Compose.Execution;

/// <summary>
/// A container whose published port is taken cannot start; the engine says so in its own words, with the container's
/// id. This names the container, the host address and port, and what to do.
/// </summary>
internal static partial class PortConflict
{
    /// <param name="labels">The container's labels when the resource does not name its service (a one-off of <c>run --service-ports</c>).</param>
    public static ComposeException Describe(string container, string resource, IReadOnlyDictionary<string, string>? labels, PortAlreadyAllocatedException error)
    {
        var service = resource.Split(':') is ["service", var name, ..] ? name : labels?.GetValueOrDefault(ComposeLabels.Service);
        var oneOff = labels?.GetValueOrDefault(ComposeLabels.OneOff) == ComposeLabels.True;
        var where = service is null ? "its ports" : $"services.{service}.ports" + (oneOff ? ", or run without --service-ports and --publish" : "");
        var endpoint = HostEndpoint().Match(error.EngineMessage) is { Success: true } match ? $"host port {match.Groups["endpoint"].Value}" : "a host port it publishes";
        return new ComposeException(
            $"container {container} cannot start: {endpoint} is already in use (by another program, or a container of another project); stop what holds it or change {where}.",
            error);
    }

    /// <summary>"listen tcp4 127.0.0.1:8080: bind: address already in use" or "Bind for 0.0.0.0:8080 failed: port is already allocated".</summary>
    [GeneratedRegex(@"(?:listen (?:tcp|udp)[46]? |Bind for )(?<endpoint>\S+:\d+)")]
    private static partial Regex HostEndpoint();
}
