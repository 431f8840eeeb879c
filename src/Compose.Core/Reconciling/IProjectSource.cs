namespace Compose.Reconciling;

/// <summary>Loads the project from its files, again after each edit (the CLI's loader; a fake in tests).</summary>
public interface IProjectSource
{
    /// <exception cref="Errors.ComposeException">The files do not load (a broken edit): the message carries file:line:col.</exception>
    Task<LoadedProject> LoadAsync(CancellationToken cancellationToken);
}
