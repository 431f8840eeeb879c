namespace Compose.Watching;

/// <summary>Rebuilds services' images and recreates just those services (the CLI gives each rebuild its own progress display).</summary>
public interface IServiceRebuilder
{
    Task RebuildAsync(IReadOnlyList<string> services, CancellationToken cancellationToken);
}
