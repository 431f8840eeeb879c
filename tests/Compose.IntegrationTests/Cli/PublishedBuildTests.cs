using System.Diagnostics;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>
/// The published build (NativeAOT in CI) and the JIT build on one engine: they write the same config-hash labels, so
/// switching from one to the other recreates nothing, and each sees the other's changes. A trimmed-away model
/// property would make every service hash alike (the first AOT build did), and this test would see it.
/// </summary>
public sealed class PublishedBuildTests : IAsyncLifetime
{
    private const string Yaml = """
        services:
          web:
            image: busybox:latest
            command: ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]
            environment: { MODE: one, EMPTY: "" }
            labels: { com.example.tier: front }
            healthcheck: { test: ["CMD", "true"], interval: 1s, retries: 3 }
            stop_grace_period: 2s
            ulimits: { nofile: { soft: 1024, hard: 2048 } }
            tmpfs: [/run/cache]
            networks: { back: { aliases: [web-alias] } }
            secrets: [token]
            configs: [settings]
            x-team: core
          worker:
            image: busybox:latest
            command: ["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]
            depends_on: { web: { condition: service_started } }
            volumes: [data:/data, ./shared:/shared:ro]
            deploy: { resources: { limits: { memory: 64M } } }
            scale: 2
            networks: [back]
        networks:
          back:
            labels: { tier: back }
            x-note: kept
        volumes:
          data:
            labels: { backup: nightly }
        secrets:
          token:
            file: ./token.txt
        configs:
          settings:
            content: "level=debug"
        """;

    private ComposeProject _project = null!;

    private static string Published => ComposectlBinary.Published ?? throw new InvalidOperationException(ComposectlBinary.MissingReason);

    public async Task InitializeAsync()
    {
        _project = await ComposeProject.CreateAsync("published", Yaml);
        await _project.WriteAsync("token.txt", "s3cret\n");
        await _project.WriteAsync("shared/readme", "mounted\n");
    }

    public async Task DisposeAsync() => await _project.DisposeAsync();

    [PublishedBinaryFact]
    public async Task An_up_by_the_JIT_build_leaves_the_published_build_nothing_to_do_and_the_other_way_round()
    {
        await OkAsync(ComposectlBinary.Jit, "up", "-d");
        var containers = await _project.ContainerIdsAsync();

        var plan = await OkAsync(Published, "plan");
        plan.Out.Should().BeEmpty("the JIT build's hash labels describe the same services");
        plan.Error.Should().BeEmpty();
        await OkAsync(Published, "up", "-d");
        (await _project.ContainerIdsAsync()).Should().Equal(containers);
        (await OkAsync(Published, "config", "--hash", "*")).Out.Should().Be((await OkAsync(ComposectlBinary.Jit, "config", "--hash", "*")).Out);

        await _project.WriteAsync("compose.yaml", Yaml.Replace("MODE: one", "MODE: two", StringComparison.Ordinal));
        (await OkAsync(Published, "plan")).Out.Should().Contain("service:web:1, CreateContainer").And.NotContain("service:worker");
        await OkAsync(Published, "up", "-d");
        (await OkAsync(ComposectlBinary.Jit, "plan")).Out.Should().BeEmpty("the published build's labels describe the same services");

        await OkAsync(Published, "down", "-v");
        (await DockerCli.ProjectResourcesAsync(_project.Name)).Should().BeEmpty();
    }

    [PublishedBinaryFact(needsEngine: false)]
    public async Task The_published_build_prints_the_same_config_hashes_and_manifests_as_the_JIT_build()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "examples"), "compose.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // convert --to kubernetes: the manifests go through KubernetesClient's models and its AOT serializer contexts.
            foreach (var command in (string[][])[["config", "--hash", "*"], ["config", "--format", "json"], ["config"], ["convert", "--to", "kubernetes"]])
            {
                string[] args = ["-f", file, .. command];
                var published = await RunAsync(Published, Path.GetDirectoryName(file)!, args);
                var jit = await RunAsync(ComposectlBinary.Jit, Path.GetDirectoryName(file)!, args);
                published.Should().Be(jit, $"composectl {string.Join(' ', args)} prints the same in both builds");
                jit.Code.Should().Be(0, jit.Error);
            }
        }
    }

    private async Task<ProcessResult> OkAsync(string executable, params string[] args)
    {
        var result = await RunAsync(executable, _project.Directory, ["-p", _project.Name, "--progress", "quiet", .. args]);
        result.Code.Should().Be(0, $"{executable} {string.Join(' ', args)} failed:\n{result.Error}");
        return result;
    }

    private static async Task<ProcessResult> RunAsync(string executable, string directory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var (key, value) in Engine.Variables)
        {
            start.Environment[key] = value;
        }

        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {executable}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await output, await error);
    }

    private sealed record ProcessResult(int Code, string Out, string Error);
}
