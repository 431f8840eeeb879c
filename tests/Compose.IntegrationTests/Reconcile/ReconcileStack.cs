using System.Diagnostics;
using Compose.IntegrationTests.Cli;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Reconcile;

/// <summary>
/// A project with a reconcile loop running as its own composectl process: the test breaks things with the docker
/// CLI or with other composectl processes and waits, on the loop's own lines and on the engine, for the repair.
/// </summary>
internal sealed class ReconcileStack : IAsyncDisposable
{
    public const string Sleeper = """["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]""";

    private ReconcileStack(ComposeProject project) => Project = project;

    public ComposeProject Project { get; }

    public CliProcess? Loop { get; private set; }

    /// <param name="variables">Extra variables of every composectl it runs (the DOCKER_HOST of a private engine).</param>
    public static async Task<ReconcileStack> CreateAsync(string prefix, string yaml, IReadOnlyDictionary<string, string>? variables = null) =>
        new(await ComposeProject.CreateAsync(prefix, yaml, variables?.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)));

    /// <summary>Starts <c>up</c> with the loop (by default <c>-d --reconcile --foreground</c>) and waits until it follows the engine.</summary>
    public async Task StartAsync(params string[] args)
    {
        Loop = CliProcess.Start(Project, args.Length > 0 ? args : ["up", "-d", "--reconcile", "--foreground"]);
        await UntilAsync(() => Task.FromResult(Loop.Error.Contains("Started", StringComparison.Ordinal) || Loop.Error.Contains("Running", StringComparison.Ordinal)), "the first pass");
        // The controller writes its status file as soon as it runs.
        await WaitAsync(async () => (await ComposectlAsync("reconcile", "status")).Out.Contains("controller:", StringComparison.Ordinal), "the controller to run");
    }

    /// <summary>Runs composectl as another process (another terminal's command), to completion.</summary>
    public async Task<CliRunner.Result> ComposectlAsync(params string[] args)
    {
        var start = new ProcessStartInfo(TerminalSession.Executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Project.Directory };
        foreach (var (key, value) in Engine.Variables.Concat(Project.Variables))
        {
            start.Environment[key] = value;
        }

        foreach (var argument in (string[])["-p", Project.Name, "--progress", "plain", .. args])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start composectl");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRunner.Result(process.ExitCode, await output, await error);
    }

    public async Task<string> IdOfAsync(string service) =>
        (await DockerCli.OkAsync("inspect", "-f", "{{.Id}}", Project.Container(service))).Trim();

    public async Task<string?> TryInspectAsync(string container, string format)
    {
        var result = await DockerCli.RunAsync("inspect", "-f", format, container);
        return result.ExitCode == 0 ? result.Trimmed : null;
    }

    /// <summary>The loop's stderr lines that report a finished pass.</summary>
    public IReadOnlyList<string> Passes() =>
        [.. (Loop?.Error ?? "").Split('\n').Where(l => l.StartsWith($"reconcile {Project.Name}: pass ", StringComparison.Ordinal) && !l.Contains(" started (", StringComparison.Ordinal))];

    /// <summary>As <see cref="WaitAsync"/>, failing with what the loop printed.</summary>
    public Task UntilAsync(Func<Task<bool>> condition, string what, int seconds = 90) =>
        WaitAsync(condition, what, seconds, () => Loop?.Error);

    public static async Task WaitAsync(Func<Task<bool>> condition, string what, int seconds = 90, Func<string?>? printed = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"timed out waiting for {what}{(printed?.Invoke() is { } text ? $"; the loop printed:\n{text}" : "")}");
            }

            await Task.Delay(100);
        }
    }

    public Task WaitForLoopAsync(Func<string, bool> condition, string what, int seconds = 90) =>
        WaitAsync(() => Task.FromResult(condition(Loop!.Error)), $"{what}; the loop printed:\n{Loop!.Error}", seconds);

    public async ValueTask DisposeAsync()
    {
        if (Loop is not null)
        {
            await Loop.DisposeAsync();
        }

        await Project.DisposeAsync();
    }
}
