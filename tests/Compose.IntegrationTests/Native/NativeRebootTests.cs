using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Native;

/// <summary>
/// The fault of a reboot (see <see cref="SimulatedReboot"/>) under a project that is up: the next <c>up</c> must bring
/// it back as it was (containers running, names resolving, the published port answering, the volume's data kept),
/// and <c>down -v</c> must still leave nothing. The root is given with <c>--root</c>, as a person would.
/// </summary>
[Collection(NativeCollection.Name)]
public sealed class NativeRebootTests : IDisposable
{
    private readonly NativeCliScope _cli = new("nreboot", rootByFlag: true);

    [NativeFact]
    public async Task After_a_reboot_like_loss_of_the_run_directory_up_converges_and_down_leaves_nothing()
    {
        var before = await HostSnapshot.TakeAsync();
        var port = TestNames.FreeLoopbackPort();
        await _cli.SeedBusyboxAsync();
        await _cli.WriteAsync("compose.yaml", $$"""
            services:
              db:
                image: busybox:latest
                command: ["sh", "-c", "date +%s%N >> /data/boots; exec sleep 3600"]
                volumes: [data:/data]
                stop_grace_period: 1s
              web:
                image: busybox:latest
                command: ["sh", "-c", "mkdir -p /www; echo ok > /www/index.html; exec httpd -f -p 80 -h /www"]
                ports: ["127.0.0.1:{{port}}:80"]
                depends_on: [db]
                stop_grace_period: 1s
            volumes:
              data: {}
            """);
        await _cli.OkAsync("up", "-d");
        await AssertServingAsync(port);
        var subnets = NativeLeaks.Subnets(_cli.Root);

        await SimulatedReboot.ApplyAsync(_cli.Root);
        await _cli.OkAsync("up", "-d");

        await AssertServingAsync(port);
        (await _cli.OkAsync("exec", "-T", "db", "cat", "/data/boots")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().HaveCount(2, "the volume kept the first boot's line and the container ran again");
        (await _cli.OkAsync("up", "-d", "--dry-run")).Should().NotContainAny(["CreateNetwork", "CreateContainer", "StartContainer"], "a second up after the recovery has nothing to do");
        await _cli.OkAsync("down", "-v");
        await NativeLeaks.AssertNoneAsync(_cli.Root, _cli.Project, before, subnets);
    }

    private async Task AssertServingAsync(int port)
    {
        (await _cli.OkAsync("ps", "--format", "{{.Service}} {{.State}}")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().BeEquivalentTo("db running", "web running");
        await _cli.OkAsync("exec", "-T", "web", "nslookup", "db");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        (await client.GetStringAsync($"http://127.0.0.1:{port}/index.html")).Should().Be("ok\n", "the published port reaches web");
    }

    public void Dispose() => _cli.Dispose();
}
