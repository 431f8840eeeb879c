using System.Diagnostics;
using Compose.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Compose.IntegrationTests.Images;

/// <summary>
/// Makes sure the localdev images and the host clients exist before the image tests run, by calling
/// <c>scripts/images --host-tools</c> once per test run: about 80 s on a fresh machine, a sub-second no-op after.
/// </summary>
public sealed class LocalImages(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string Postgres = "localdev/postgres:15";
    public const string Redis = "localdev/redis:7";
    public const string Nginx = "localdev/nginx:1";

    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(15);

    public async Task InitializeAsync()
    {
        // Without an engine the tests skip (DockerFact); building would only fail louder.
        if (!Engine.IsRequired && Engine.UnavailableReason is not null)
        {
            return;
        }

        var script = Path.Combine(RepositoryPaths.Root, "scripts", "images");
        var clock = Stopwatch.StartNew();
        var result = await HostCommand.RunAsync(script, ["--host-tools"], null, BuildLimit);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/images --host-tools failed (exit {result.ExitCode}):\n{result.Error}");
        }

        diagnostics.OnMessage(new DiagnosticMessage($"scripts/images --host-tools took {clock.Elapsed.TotalSeconds:0.0} s: {result.Error.Trim()}"));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
