namespace Compose.Operations.Logs;

/// <summary>A container whose logs are printed: its id, the name shown in the prefix, and its service (for the colour).</summary>
public sealed record LogSource(string Id, string DisplayName, string Service)
{
    /// <summary>A container of the project, shown as <c>web-1</c> for <c>demo-web-1</c> (else by its own name).</summary>
    public static LogSource For(string project, string id, string containerName, string service) => new(id, NameFor(project, containerName), service);

    /// <summary>The name shown for a container: <c>web-1</c> for <c>demo-web-1</c>, else the container's own name.</summary>
    public static string NameFor(string project, string containerName) =>
        containerName.StartsWith(project + "-", StringComparison.Ordinal) ? containerName[(project.Length + 1)..] : containerName;
}
