using System.Diagnostics;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// The docker CLI, as an observer independent of our runtime library: tests check what the engine did with it.
/// The one place tests start a process.
/// </summary>
public static class DockerCli
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string Trimmed => Out.Trim();
    }

    public static Task<Result> RunAsync(params string[] args) => RunToolAsync("docker", null, args);

    /// <summary>docker-compose v1 (1.29, a Debian package) in a project directory, for the interop tests; null when it is not installed.</summary>
    public static string? ComposeV1 { get; } = new[] { "/usr/bin/docker-compose", "/usr/local/bin/docker-compose" }.FirstOrDefault(File.Exists);

    public static Task<Result> RunComposeV1Async(string directory, params string[] args) =>
        RunToolAsync(ComposeV1 ?? throw new InvalidOperationException("docker-compose v1 is not installed"), directory, args);

    private static async Task<Result> RunToolAsync(string tool, string? directory, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory ?? "" };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {tool}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Runs docker and fails the test when it fails.</summary>
    public static async Task<string> OkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        result.ExitCode.Should().Be(0, $"docker {string.Join(' ', args)} failed: {result.Error}");
        return result.Trimmed;
    }

    /// <summary>Names of everything (containers, networks, volumes) carrying the project's label.</summary>
    public static async Task<IReadOnlyList<string>> ProjectResourcesAsync(string project)
    {
        var filter = $"label=com.docker.compose.project={project}";
        var containers = await OkAsync("ps", "-a", "--filter", filter, "--format", "container {{.Names}}");
        var networks = await OkAsync("network", "ls", "--filter", filter, "--format", "network {{.Name}}");
        var volumes = await OkAsync("volume", "ls", "--filter", filter, "--format", "volume {{.Name}}");
        return [.. $"{containers}\n{networks}\n{volumes}".Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Removes everything of a project, the images it built included (test clean-up, whatever state the test left).</summary>
    public static async Task PurgeProjectAsync(string project)
    {
        var filter = $"label=com.docker.compose.project={project}";
        // Podman refuses to remove a container another one shares a namespace with until that one is gone: a second
        // pass removes what the first could not.
        for (var pass = 0; pass < 3; pass++)
        {
            var ids = (await RunAsync("ps", "-aq", "--filter", filter)).Trimmed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (ids.Length == 0)
            {
                break;
            }

            await RunAsync(["rm", "-f", "-v", .. ids]);
        }

        foreach (var network in (await RunAsync("network", "ls", "-q", "--filter", filter)).Trimmed.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            await RunAsync("network", "rm", network);
        }

        foreach (var volume in (await RunAsync("volume", "ls", "-q", "--filter", filter)).Trimmed.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            await RunAsync("volume", "rm", "-f", volume);
        }

        // Images the project built carry its label (every tag of them goes).
        var images = (await RunAsync("images", "-q", "--no-trunc", "--filter", filter)).Trimmed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
        if (images.Length > 0)
        {
            await RunAsync(["rmi", "-f", .. images]);
        }
    }
}
