using System.Collections.Immutable;
using Compose.Loading;
using Compose.Model;

namespace Compose.Tests;

/// <summary>Loads compose text written inline in a test, from a fresh temporary directory.</summary>
public static class TestProjects
{
    /// <param name="adjust">Changes to the request, as a command line's flags make them (<c>AllResources</c>, <c>Interpolate</c>).</param>
    public static async Task<LoadResult> LoadAsync(
        string yaml, IReadOnlyDictionary<string, string>? environment = null, string? projectName = "test",
        IReadOnlyDictionary<string, string>? extraFiles = null, Func<LoadRequest, LoadRequest>? adjust = null)
    {
        var directory = TestTemp.Directory("composectl-test-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), yaml);
        foreach (var (name, content) in extraFiles ?? ImmutableDictionary<string, string>.Empty)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name), content);
        }

        var request = new LoadRequest
        {
            WorkingDirectory = directory,
            Environment = environment ?? ImmutableDictionary<string, string>.Empty,
            ProjectName = projectName,
        };
        return await ProjectLoader.LoadAsync(adjust is null ? request : adjust(request), CancellationToken.None);
    }

    public static async Task<Project> ProjectAsync(string yaml, IReadOnlyDictionary<string, string>? environment = null) =>
        (await LoadAsync(yaml, environment)).Project;
}
