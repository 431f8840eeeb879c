using System.Globalization;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Cli;

/// <summary>
/// One small stack brought up once for the read-only command tests: <c>web</c> (httpd on a loopback port, a line on
/// stdout and one on stderr) and <c>worker</c> (depends on web, says hi, sleeps). Removed when the tests are done.
/// </summary>
public sealed class RunningStack : IAsyncLifetime
{
    public const string Yaml = """
        services:
          web:
            image: busybox:latest
            init: true
            command: ["sh", "-c", "echo web says hello; echo web complains >&2; exec httpd -f -p 80 -h /"]
            ports: ["127.0.0.1:${WEB_PORT}:80"]
          worker:
            image: busybox:latest
            init: true
            command: ["sh", "-c", "echo worker says hi; exec sleep 3600"]
            depends_on: [web]
        """;

    public ComposeProject Project { get; private set; } = null!;

    public int WebPort { get; } = TestNames.FreeLoopbackPort();

    public async Task InitializeAsync()
    {
        if (Engine.UnavailableReason is not null && !Engine.IsRequired)
        {
            return;
        }

        Project = await ComposeProject.CreateAsync("stack", Yaml, new() { ["WEB_PORT"] = WebPort.ToString(CultureInfo.InvariantCulture) });
        await Project.OkAsync("up", "-d");
        // Logs tests read the first lines: wait until both commands have printed them.
        foreach (var service in new[] { "web", "worker" })
        {
            for (var attempt = 0; !(await DockerCli.RunAsync("logs", Project.Container(service))).Out.Contains("says", StringComparison.Ordinal) && attempt < 100; attempt++)
            {
                await Task.Delay(50);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Project is not null)
        {
            await Project.DisposeAsync();
        }
    }
}
