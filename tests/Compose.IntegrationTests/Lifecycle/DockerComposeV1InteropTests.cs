using System.Diagnostics;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Lifecycle;

/// <summary>
/// composectl and docker-compose v1 (Debian's 1.29, <c>apt-get install docker-compose</c>; scripts/bootstrap
/// installs it) see each other's stacks, since both go by the same labels.
/// </summary>
public sealed class DockerComposeV1InteropTests() : StackTestBase("v1")
{
    [DockerFact]
    public async Task A_stack_brought_up_by_composectl_is_listed_by_docker_compose_v1()
    {
        await WriteAsync(DbAndWeb);
        await OkAsync("up", "-d");

        var ps = await DockerComposeAsync("ps");

        ps.Should().Contain($"{Project}-db-1").And.Contain($"{Project}-web-1").And.Contain("Up");
    }

    [DockerFact]
    public async Task Composectl_down_removes_a_stack_that_docker_compose_v1_brought_up()
    {
        await WriteAsync(DbAndWeb);
        await DockerComposeAsync("up", "-d");
        (await ContainersAsync()).Keys.Order().Should().Equal($"{Project}_db_1", $"{Project}_web_1");

        await OkAsync("down");

        (await DockerCli.ProjectResourcesAsync(Project)).Should().BeEmpty();
        (await DockerCli.RunAsync("network", "inspect", $"{Project}_default")).ExitCode.Should().NotBe(0);
    }

    /// <summary>Runs docker-compose v1 in the project directory; its absence fails the test with how to install it.</summary>
    private async Task<string> DockerComposeAsync(params string[] args)
    {
        var start = new ProcessStartInfo("docker-compose") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-p", Project, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = StartOrExplain(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"docker-compose {string.Join(' ', args)} failed: {await error}");
        return await output;
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("docker-compose did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("docker-compose (v1) is not installed: run scripts/bootstrap, or apt-get install -y docker-compose", e);
        }
    }
}
