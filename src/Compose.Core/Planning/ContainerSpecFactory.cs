using System.Collections.Immutable;
using System.Globalization;
using Compose.Hashing;
using Compose.Model;
using Compose.Observing;
using Compose.Planning.Specs;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// Turns one replica of a service into the runtime's <see cref="ContainerCreateSpec"/>: the model's fields through
/// <see cref="ServiceContainerSpec"/>, then the container's name and compose labels.
/// </summary>
public static class ContainerSpecFactory
{
    /// <param name="imageId">The id of the image the container is made from, when the engine has it: docker compose
    /// labels it (<c>com.docker.compose.image</c>) and recreates a container whose image id changed.</param>
    public static ContainerCreateSpec Create(Project project, Service service, int number, string configHash, string? imageId = null) =>
        ServiceContainerSpec.Create(project, service, ContainerNames.For(project.Name, service, number)) with
        {
            Labels = Labels(project, service, number, configHash).SetItems(Identity(project, imageId)),
        };

    /// <summary>The labels that are there only sometimes: the image id, and the env files that fed the project.</summary>
    private static Dictionary<string, string> Identity(Project project, string? imageId)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (imageId is { Length: > 0 })
        {
            labels[ComposeLabels.Image] = imageId;
        }

        if (!project.EnvironmentFiles.IsDefaultOrEmpty)
        {
            labels[ComposeLabels.EnvironmentFile] = string.Join(',', project.EnvironmentFiles);
        }

        return labels;
    }

    private static ImmutableSortedDictionary<string, string> Labels(Project project, Service service, int number, string configHash) =>
        service.Labels.SetItems(new Dictionary<string, string>
        {
            [ComposeLabels.Project] = project.Name,
            [ComposeLabels.Service] = service.Name,
            [ComposeLabels.ContainerNumber] = number.ToString(CultureInfo.InvariantCulture),
            [ComposeLabels.OneOff] = ComposeLabels.False,
            [ComposeLabels.ConfigHash] = configHash,
            [ComposeLabels.ConfigHashVersion] = ConfigHash.CurrentVersion,
            [ComposeLabels.WorkingDir] = project.WorkingDirectory,
            [ComposeLabels.ConfigFiles] = string.Join(',', project.ConfigFiles),
            [ComposeLabels.Version] = ComposeLabels.ToolVersion,
            [ComposeLabels.DependsOn] = string.Join(',', service.DependsOn.Select(d => $"{d.Key}:{d.Value.Condition}:{(d.Value.Restart ? "true" : "false")}")),
        });
}
