namespace Compose.Errors;

/// <summary>Services that depend on each other in a loop; the message names the loop as <c>a -> b -> a</c>.</summary>
public sealed class DependencyCycleException(IReadOnlyList<string> cycle)
    : ComposeException($"dependency cycle between services: {string.Join(" -> ", cycle)}; remove one of these depends_on entries.")
{
    public IReadOnlyList<string> Cycle { get; } = cycle;
}
