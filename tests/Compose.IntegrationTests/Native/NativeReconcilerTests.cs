using System.Collections.Immutable;
using Compose.Execution;
using Compose.IntegrationTests.Infrastructure;
using Compose.Loading;
using Compose.Planning;
using Compose.Runtime;
using Compose.Targets.Engine;

namespace Compose.IntegrationTests.Native;

/// <summary>The reconciler (EngineTarget: observe, plan, execute) driving the native runtime, as <c>up</c> and <c>down</c> do.</summary>
[Collection(NativeCollection.Name)]
public sealed class NativeReconcilerTests
{
    [NativeFact]
    public async Task Up_brings_a_stack_up_healthy_first_a_second_up_plans_nothing_and_down_v_removes_everything()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nstack"));
        var port = FreePort();
        var project = await LoadAsync(host.Project, $$"""
            services:
              db:
                image: busybox:latest
                command: ["sh", "-c", "sleep 1; touch /tmp/ready; echo db > /data/owner; exec sleep 3600"]
                healthcheck: { test: ["CMD-SHELL", "test -f /tmp/ready"], interval: 300ms, retries: 20 }
                volumes: [data:/data]
                stop_grace_period: 1s
              web:
                image: busybox:latest
                command: ["sh", "-c", "echo ok > /var/www/index.html; exec httpd -f -p 80 -h /var/www"]
                depends_on: { db: { condition: service_healthy } }
                ports: ["127.0.0.1:{{port}}:80"]
                networks: { default: { aliases: [frontend] } }
            volumes:
              data: {}
            """);
        await using var runtime = host.Runtime;
        var target = new EngineTarget(runtime, new NullProgressSink());

        await target.UpAsync(project, new UpOptions(), CancellationToken.None);

        var observed = await runtime.ListContainersAsync(LabelFilter.Of("com.docker.compose.project", host.Project), all: true, CancellationToken.None);
        observed.Select(c => (c.Label("com.docker.compose.service"), c.State)).Should().BeEquivalentTo([("db", ContainerState.Running), ("web", ContainerState.Running)]);
        var db = observed.Single(c => c.Label("com.docker.compose.service") == "db");
        (await runtime.InspectContainerAsync(db.Id, CancellationToken.None)).HealthStatus.Should().Be("healthy", "web started only once db was healthy");
        var web = observed.Single(c => c.Label("com.docker.compose.service") == "web").Id;
        (await host.ExecAsync(web, "nslookup", "db")).ExitCode.Should().Be(0, "services resolve each other by name");
        using (var client = new HttpClient())
        {
            (await client.GetStringAsync($"http://127.0.0.1:{port}/index.html")).Should().Be("ok\n");
        }

        (await target.PlanUpAsync(project, new UpOptions(), CancellationToken.None)).IsEmpty.Should().BeTrue("a converged stack needs nothing");

        await target.DownAsync(project, new DownOptions { RemoveVolumes = true }, CancellationToken.None);

        (await runtime.SnapshotAsync(LabelFilter.Of("com.docker.compose.project", host.Project), CancellationToken.None))
            .Should().Match<RuntimeSnapshot>(s => s.Containers.IsEmpty && s.Networks.IsEmpty && s.Volumes.IsEmpty);
    }

    [NativeFact]
    public async Task Named_volumes_survive_recreation_and_down_without_v()
    {
        await using var host = await NativeHost.StartAsync(TestNames.UniqueProject("nvol"));
        var yaml = """
            services:
              app:
                image: busybox:latest
                command: ["sh", "-c", "date +%s%N >> /data/runs; exec sleep 3600"]
                environment: { GENERATION: "@N@" }
                volumes: [data:/data]
                stop_grace_period: 1s
            volumes:
              data: {}
            """;
        await using var runtime = host.Runtime;
        var target = new EngineTarget(runtime, new NullProgressSink());
        await target.UpAsync(await LoadAsync(host.Project, yaml.Replace("@N@", "1")), new UpOptions(), CancellationToken.None);
        await target.UpAsync(await LoadAsync(host.Project, yaml.Replace("@N@", "2")), new UpOptions(), CancellationToken.None);
        await target.DownAsync(await LoadAsync(host.Project, yaml.Replace("@N@", "2")), new DownOptions(), CancellationToken.None);
        await target.UpAsync(await LoadAsync(host.Project, yaml.Replace("@N@", "2")), new UpOptions(), CancellationToken.None);

        var app = (await runtime.ListContainersAsync(LabelFilter.Of("com.docker.compose.project", host.Project), all: false, CancellationToken.None)).Single();
        var runs = await host.EventuallyAsync(() => host.ExecAsync(app.Id, "cat", "/data/runs"), r => r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == 3, TimeSpan.FromSeconds(10));
        runs.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3, "the volume kept the first two runs through a recreate and a down");
        (await runtime.InspectContainerAsync(app.Id, CancellationToken.None)).Environment.Should().Contain("GENERATION=2");
    }

    private static async Task<Compose.Model.Project> LoadAsync(string name, string yaml)
    {
        var directory = TestTemp.Directory("native-project-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), yaml);
        var result = await ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = directory,
            Environment = ImmutableDictionary<string, string>.Empty,
            ProjectName = name,
        }, CancellationToken.None);
        return result.Project;
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
