using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

/// <summary>
/// Splits the details prefix the engine puts on service log lines with <c>details=1</c>:
/// <c>com.docker.swarm.node.id=N,com.docker.swarm.service.id=S,com.docker.swarm.task.id=T message</c>
/// (values URL-encoded). A line without one is kept whole.
/// </summary>
internal static class SwarmLogDetails
{
    private const string NodeKey = "com.docker.swarm.node.id";
    private const string TaskKey = "com.docker.swarm.task.id";

    public static SwarmLogLine Split(LogLine line)
    {
        var text = line.Text;
        var space = text.IndexOf(' ');
        var prefix = space < 0 ? text : text[..space];
        if (!prefix.Contains(NodeKey + "=", StringComparison.Ordinal) && !prefix.Contains(TaskKey + "=", StringComparison.Ordinal))
        {
            return new SwarmLogLine(line, null, null);
        }

        string? node = null, task = null;
        foreach (var pair in prefix.Split(','))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, Uri.UnescapeDataString(v)) : (pair, "");
            node = key == NodeKey ? value : node;
            task = key == TaskKey ? value : task;
        }

        return new SwarmLogLine(line with { Text = space < 0 ? "" : text[(space + 1)..] }, task, node);
    }
}
