using System.Collections.Immutable;
using Compose.Loading;
using Compose.Model;

namespace Compose.Tests;

/// <summary>Loads compose text written inline in a test, from a fresh temporary directory.</summary>
public static class TestProjects
{
    public static async Task<LoadResult> LoadAsync(string yaml, IReadOnlyDictionary<string, string>? environment = null, string? projectName = "test", IReadOnlyDictionary<string, string>? extraFiles = null)
    {
        var directory = TestTemp.Directory("composectl-test-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), yaml);
        foreach (var (name, content) in extraFiles ?? ImmutableDictionary<string, string>.Empty)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name), content);
        }

        return await ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = directory,
            Environment = environment ?? ImmutableDictionary<string, string>.Empty,
            ProjectName = projectName,
        }, CancellationToken.None);
    }

    public static async Task<Project> ProjectAsync(string yaml, IReadOnlyDictionary<string, string>? environment = null) =>
        (await LoadAsync(yaml, environment)).Project;
}
