using Compose.Runtime;

namespace Compose.Operations.Exec;

/// <summary><c>export</c> and <c>commit</c>: a service container's filesystem as a tar, or as a new image.</summary>
public sealed class ContainerImageOperation(ComposeSession session)
{
    /// <summary>Writes the container's filesystem to <paramref name="destination"/> as it arrives.</summary>
    public async Task ExportAsync(ProjectScope scope, string service, int? index, Stream destination, CancellationToken cancellationToken)
    {
        var capabilities = await session.Runtime.GetCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        capabilities.Require(capabilities.Export, "export a container's filesystem", "use --runtime docker");
        var container = await new ProjectContainers(session.Runtime).OneAsync(scope, service, index, running: false, cancellationToken).ConfigureAwait(false);
        await session.Runtime.ExportContainerAsync(container.Id, destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Commits the container; returns the new image's id.</summary>
    public async Task<string> CommitAsync(ProjectScope scope, string service, int? index, ContainerCommitSpec spec, CancellationToken cancellationToken)
    {
        var capabilities = await session.Runtime.GetCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        capabilities.Require(capabilities.Commit, "commit a container to an image", "use --runtime docker");
        var container = await new ProjectContainers(session.Runtime).OneAsync(scope, service, index, running: false, cancellationToken).ConfigureAwait(false);
        return await session.Runtime.CommitContainerAsync(container.Id, spec, cancellationToken).ConfigureAwait(false);
    }
}
