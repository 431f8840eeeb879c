namespace Compose.Errors;

/// <summary>
/// Services that depend on each other in a loop; the message names the loop as <c>a -> b -> a</c> and, when known,
/// where the first of those <c>depends_on</c> entries is written.
/// </summary>
public sealed class DependencyCycleException(IReadOnlyList<string> cycle, SourceLocation? location = null)
    : ComposeFileException(
        location,
        cycle.Count > 1 ? $"services.{cycle[0]}.depends_on.{cycle[1]}" : null,
        $"dependency cycle between services: {string.Join(" -> ", cycle)}; remove one of these depends_on entries.")
{
    public IReadOnlyList<string> Cycle { get; } = cycle;
}
