using Compose.Runtime;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm;

namespace Compose.Tests.Targets.Swarm;

public class SwarmMappingTests
{
    private const string Stack = """
        services:
          web:
            image: registry.local/web:1
            entrypoint: [/bin/run]
            command: [--port, "80"]
            environment: {B: "2", A: "1"}
            labels: {role: front}
            restart: on-failure:3
            stop_grace_period: 5s
            extra_hosts: ["db.local:10.0.0.5"]
            ports: ["8080:80", {target: 9000, published: "9000", mode: host}, "7000:70/udp"]
            networks:
              front: {aliases: [www]}
              default: {}
            volumes:
              - data:/var/lib/data
              - type: tmpfs
                target: /scratch
                tmpfs: {size: 1048576}
            secrets:
              - token
              - source: key
                target: key.pem
                mode: 0400
            configs:
              - source: page
                target: /www/index.html
            deploy:
              replicas: 3
              labels: {tier: web}
              resources:
                limits: {cpus: "0.5", memory: 64M, pids: 100}
                reservations: {cpus: "0.25", memory: 32M}
              placement:
                constraints: [node.role==worker]
                preferences: [{spread: node.labels.zone}]
                max_replicas_per_node: 2
              update_config: {delay: 2s, failure_action: rollback, monitor: 5s, order: start-first}
          worker:
            image: registry.local/worker:1
            deploy:
              mode: global
              restart_policy: {condition: on-failure, delay: 3s, max_attempts: 2}
        networks:
          front:
            driver_opts: {encrypted: ""}
        volumes:
          data:
            driver: local
            labels: {backup: "yes"}
        secrets:
          token: {file: ./token.txt}
          key: {file: ./key.pem}
        configs:
          page: {content: "<h1>hi</h1>"}
        """;

    [Fact]
    public async Task A_service_maps_as_docker_stack_maps_it_named_and_labelled_by_the_stack()
    {
        var scenario = new SwarmScenario();
        var loaded = await SwarmScenario.LoadAsync(Stack, Files());
        var plan = await scenario.PlanAsync(loaded, stack: "shop");

        var web = plan.Steps.OfType<Compose.Targets.Swarm.Steps.CreateServiceStep>().Single(s => s.Spec.Name == "shop_web").Spec;
        web.Labels.Should().Equal(new Dictionary<string, string> { ["com.docker.stack.image"] = "registry.local/web:1", ["com.docker.stack.namespace"] = "shop", ["tier"] = "web" });
        web.Container.Labels.Should().Equal(new Dictionary<string, string> { ["com.docker.stack.namespace"] = "shop", ["role"] = "front" });
        web.Container.Command.Should().Equal("/bin/run");
        web.Container.Args.Should().Equal("--port", "80");
        web.Container.Env.Should().Equal("A=1", "B=2");
        web.Container.Hosts.Should().Equal("10.0.0.5 db.local");
        web.Container.StopGracePeriod.Should().Be(TimeSpan.FromSeconds(5));
        web.Mode.Should().Be(SwarmServiceMode.Replicated);
        web.Replicas.Should().Be(3);
        web.RestartPolicy.Should().Be(new SwarmRestartPolicy { Condition = "on-failure", MaxAttempts = 3 });
        web.Networks.Select(n => (n.Target, string.Join(',', n.Aliases))).Should().Equal(("shop_default", "web"), ("shop_front", "www,web"));
        web.Endpoint!.Mode.Should().Be("vip");
        web.Endpoint.Ports.Select(p => $"{p.PublishedPort}:{p.TargetPort}/{p.Protocol}/{p.PublishMode}").Should().Equal("7000:70/udp/ingress", "8080:80/tcp/ingress", "9000:9000/tcp/host");
        web.Resources.Should().BeEquivalentTo(new SwarmResources { LimitNanoCpus = 500_000_000, LimitMemoryBytes = 64 * 1024 * 1024, LimitPids = 100, ReservedNanoCpus = 250_000_000, ReservedMemoryBytes = 32 * 1024 * 1024 });
        web.Placement!.Constraints.Should().Equal("node.role==worker");
        web.Placement.Spread.Should().Equal("node.labels.zone");
        web.Placement.MaxReplicasPerNode.Should().Be(2);
        web.UpdateConfig.Should().Be(new SwarmUpdateConfig { Parallelism = 1, Delay = TimeSpan.FromSeconds(2), FailureAction = "rollback", Monitor = TimeSpan.FromSeconds(5), Order = "start-first" });
    }

    [Fact]
    public async Task Mounts_secrets_and_configs_map_to_the_stack_s_names_with_docker_stack_s_defaults()
    {
        var scenario = new SwarmScenario();
        var plan = await scenario.PlanAsync(await SwarmScenario.LoadAsync(Stack, Files()), stack: "shop");

        var web = plan.Steps.OfType<Compose.Targets.Swarm.Steps.CreateServiceStep>().Single(s => s.Spec.Name == "shop_web").Spec.Container;
        var data = web.Mounts[0];
        (data.Type, data.Source, data.Target, data.VolumeDriver).Should().Be((MountType.Volume, "shop_data", "/var/lib/data", "local"));
        data.VolumeLabels.Should().Equal(new Dictionary<string, string> { ["backup"] = "yes", ["com.docker.stack.namespace"] = "shop" });
        (web.Mounts[1].Type, web.Mounts[1].TmpfsSizeBytes).Should().Be((MountType.Tmpfs, 1048576L));
        web.Secrets.Select(s => (s.ObjectName[..s.ObjectName.LastIndexOf('-')], s.FileName, s.Mode)).Should().Equal(("shop_key", "key.pem", 256), ("shop_token", "token", 292));
        web.Configs.Should().ContainSingle().Which.FileName.Should().Be("/www/index.html");
        var worker = plan.Steps.OfType<Compose.Targets.Swarm.Steps.CreateServiceStep>().Single(s => s.Spec.Name == "shop_worker").Spec;
        (worker.Mode, worker.Replicas).Should().Be((SwarmServiceMode.Global, (ulong?)null));
        worker.RestartPolicy.Should().Be(new SwarmRestartPolicy { Condition = "on-failure", Delay = TimeSpan.FromSeconds(3), MaxAttempts = 2 });
    }

    [Fact]
    public async Task A_stack_named_like_the_project_keeps_explicit_names_and_external_resources_as_written()
    {
        var scenario = new SwarmScenario();
        scenario.Swarm.AddNetwork("shared");
        var loaded = await SwarmScenario.LoadAsync("""
            services:
              web:
                image: web:1
                networks: [shared, own]
                volumes: [cache:/cache, keep:/keep]
            networks:
              shared: {external: true}
              own: {name: my-own-net}
            volumes:
              cache: {name: fixed-cache}
              keep: {external: true}
            """);

        var plan = await scenario.PlanAsync(loaded);

        plan.Steps.OfType<Compose.Targets.Swarm.Steps.CreateSwarmNetworkStep>().Select(s => s.Spec.Name).Should().Equal("my-own-net");
        var web = plan.Steps.OfType<Compose.Targets.Swarm.Steps.CreateServiceStep>().Single().Spec;
        web.Networks.Select(n => n.Target).Should().Equal("my-own-net", "shared");
        web.Container.Mounts.Select(m => (m.Source, m.VolumeLabels.IsEmpty)).Should().Equal(("fixed-cache", false), ("keep", true));
    }

    private static Dictionary<string, string> Files() => new() { ["token.txt"] = "t0ken", ["key.pem"] = "-----KEY-----" };
}
