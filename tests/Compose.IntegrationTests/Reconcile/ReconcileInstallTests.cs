using System.Diagnostics;
using Compose.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Compose.IntegrationTests.Reconcile;

/// <summary>
/// <c>reconcile install</c> writes a unit systemd accepts, whose ExecStart, run as systemd would run it (its working
/// directory and environment only), is the loop of this project with the files and options the install was given;
/// stopping it (SIGTERM, there is no ExecStop) leaves the stack running; <c>reconcile status</c> says what it did.
/// No unit is started with systemctl: this host runs no systemd.
/// </summary>
public sealed class ReconcileInstallTests(ITestOutputHelper output)
{
    private static readonly string Stack = $$"""
        services:
          web:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
          tools:
            image: busybox:latest
            command: {{ReconcileStack.Sleeper}}
            profiles: [tools]
        """;

    private const string Extra = """
        services:
          web:
            environment:
              GREETING: ${GREETING}
        """;

    [DockerFact]
    public async Task The_unit_runs_the_loop_for_the_project_with_its_files_and_stopping_it_leaves_the_stack_running()
    {
        await using var stack = await ReconcileStack.CreateAsync("rc-unit", Stack);
        var dir = stack.Project.Directory;
        await stack.Project.WriteAsync("extra.yaml", Extra);
        await stack.Project.WriteAsync("loop.env", "GREETING=from the env file\n");
        var units = Path.Combine(dir, "units");

        var install = await stack.ComposectlAsync("-f", "compose.yaml", "-f", "extra.yaml", "--env-file", "loop.env", "--profile", "tools", "reconcile", "install", "--unit-directory", units, "--period", "600");
        install.ExitCode.Should().Be(0, install.Error);
        var name = $"composectl-{stack.Project.Name}.service";
        var path = Path.Combine(units, name);
        install.Out.Should().Contain($"Wrote {path}.").And.Contain($"systemctl daemon-reload && systemctl enable --now {name}");
        var text = await File.ReadAllTextAsync(path);
        output.WriteLine(text);
        var unit = UnitFile.Parse(text);

        unit.Sections.Should().Equal("Unit", "Service", "Install");
        unit.Value("Service", "Type").Should().Be("notify");
        unit.Value("Service", "Restart").Should().Be("on-failure");
        unit.Value("Service", "WorkingDirectory").Should().Be(dir);
        unit.Values("Service", "ExecStop").Should().BeEmpty("stopping the unit ends the loop only");
        unit.Value("Install", "WantedBy").Should().Be("multi-user.target");
        unit.Values("Unit", "After").Should().ContainSingle().Which.Should().Contain("docker.service");
        if (Engine.Variables.GetValueOrDefault("DOCKER_HOST") is { Length: > 0 } host)
        {
            unit.Environment().Should().Contain("DOCKER_HOST", host, "the loop reaches the engine the install was run against");
        }

        var command = UnitFile.Words(unit.Value("Service", "ExecStart")!);
        var loopArgs = command.SkipWhile(w => w != "--project-directory").ToList();
        File.Exists(command[0]).Should().BeTrue($"ExecStart runs composectl by its absolute path ({command[0]})");
        loopArgs.Should().Equal(
            "--project-directory", dir, "-p", stack.Project.Name,
            "-f", Path.Combine(dir, "compose.yaml"), "-f", Path.Combine(dir, "extra.yaml"),
            "--env-file", Path.Combine(dir, "loop.env"), "--profile", "tools",
            "reconcile", "run", "--period", "600");
        await VerifyAsync(path, user: false);

        await using var loop = UnitProcess.Start(command, unit.Value("Service", "WorkingDirectory")!, unit.Environment());
        await stack.UntilAsync(async () => (await stack.ComposectlAsync("reconcile", "status")).Out.Contains("state:          converged", StringComparison.Ordinal), $"the unit's loop to converge; it printed:\n{loop.Error}");
        (await DockerCli.OkAsync("exec", stack.Project.Container("web"), "sh", "-c", "echo $GREETING")).Should().Be("from the env file", "both files and the env file were given to the loop");
        (await stack.TryInspectAsync(stack.Project.Container("tools"), "{{.State.Running}}")).Should().Be("true", "the profile was given too");

        await DockerCli.OkAsync("rm", "-f", stack.Project.Container("web"));
        await stack.UntilAsync(async () => (await stack.ComposectlAsync("reconcile", "status")).Out is var s && s.Contains("state:          converged", StringComparison.Ordinal) && s.Contains($"engine: container {stack.Project.Container("web")} removed", StringComparison.Ordinal), $"the repair in the status; the loop printed:\n{loop.Error}");
        var status = (await stack.ComposectlAsync("reconcile", "status")).Out;
        output.WriteLine(status);
        status.Should().MatchRegex(@"last converged: \d+s ago \(\d\d:\d\d:\d\dZ\)", "when it last converged")
            .And.MatchRegex($@"last pass: +\d+s ago, engine: container {stack.Project.Container("web")} removed: applied \d+ steps", "what it did, and why")
            .And.Contain("last change:\n    ").And.Contain("service:web:1, StartContainer", "the plan it ran")
            .And.MatchRegex(@"waiting for: +the next trigger \(periodic pass at \d\d:\d\d:\d\d\)", "what it waits for");

        (await loop.StopAsync()).Should().Be(0, $"SIGTERM (systemctl stop) ends the loop cleanly; it printed:\n{loop.Error}");
        (await stack.TryInspectAsync(stack.Project.Container("web"), "{{.State.Running}}")).Should().Be("true", "the stack keeps running");
        (await stack.ComposectlAsync("reconcile", "status")).Out.Should().Contain($"No reconcile controller runs for project {stack.Project.Name} (the last one stopped; it had converged at ");
    }

    // Writing a unit needs no engine: the files are only loaded.
    [Fact]
    public async Task With_user_the_unit_goes_to_the_users_systemd_directory_and_waits_for_no_system_unit()
    {
        await using var stack = await ReconcileStack.CreateAsync("rc-uunit", Stack);
        var config = Path.Combine(stack.Project.Directory, "xdg-config");
        stack.Project.Variables["XDG_CONFIG_HOME"] = config;

        var install = await stack.ComposectlAsync("reconcile", "install", "--user", "--restart-stopped");
        install.ExitCode.Should().Be(0, install.Error);
        var name = $"composectl-{stack.Project.Name}.service";
        var path = Path.Combine(config, "systemd", "user", name);
        install.Out.Should().Contain($"Wrote {path}.").And.Contain($"systemctl --user daemon-reload && systemctl --user enable --now {name}");
        var unit = UnitFile.Parse(await File.ReadAllTextAsync(path));

        unit.Value("Service", "Type").Should().Be("notify");
        unit.Value("Service", "Restart").Should().Be("on-failure");
        unit.Values("Service", "ExecStop").Should().BeEmpty();
        unit.Values("Unit", "After").Should().BeEmpty("a user unit cannot order itself after docker.service");
        unit.Value("Install", "WantedBy").Should().Be("default.target");
        UnitFile.Words(unit.Value("Service", "ExecStart")!).SkipWhile(w => w != "reconcile").Should().Equal("reconcile", "run", "--restart-stopped");
        await VerifyAsync(path, user: true);
    }

    /// <summary><c>systemd-analyze verify</c> when the host has it (it needs no running systemd): no error, no warning.</summary>
    private async Task VerifyAsync(string path, bool user)
    {
        var analyze = new[] { "/usr/bin/systemd-analyze", "/bin/systemd-analyze" }.FirstOrDefault(File.Exists);
        if (analyze is null)
        {
            output.WriteLine("systemd-analyze is not installed here: the unit's content was checked, 'systemd-analyze verify' was not run");
            return;
        }

        var start = new ProcessStartInfo(analyze) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[.. user ? ["--user"] : Array.Empty<string>(), "verify", path])
        {
            start.ArgumentList.Add(argument);
        }

        // The user manager it emulates needs a runtime directory; a private one, so nothing of the host's is read.
        var runtime = TestTemp.Directory("composectl-xdg-runtime-");
        start.Environment["XDG_RUNTIME_DIR"] = runtime;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        output.WriteLine($"systemd-analyze {(user ? "--user " : "")}verify: exit {process.ExitCode} {stdout}{await error}");
        process.ExitCode.Should().Be(0, await error);
        (await error).Trim().Should().BeEmpty("systemd warns about nothing in the unit");
    }
}
