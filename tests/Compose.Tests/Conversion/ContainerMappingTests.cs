using Compose.Conversion.Kubernetes;
using k8s.Models;

namespace Compose.Tests.Conversion;

/// <summary>One mapping rule per test: what a compose key becomes in the container or its pod.</summary>
public class ContainerMappingTests
{
    [Fact]
    public async Task A_bare_name_set_nowhere_keeps_the_env_file_s_value_out_of_its_config_map()
    {
        var conversion = await Conversions.ConvertAsync(
            "services:\n  web:\n    image: nginx\n    env_file: [db.env]\n    environment: [PASSWORD]\n",
            files: new Dictionary<string, string> { ["db.env"] = "HOST=db\nPASSWORD=from-file\n" });

        // docker compose leaves PASSWORD unset in the container (the bare entry wins over the file); envFrom must not bring it back.
        conversion.Single<V1ConfigMap>("web-db-env").Data.Should().Equal(new Dictionary<string, string> { ["HOST"] = "db" });
        conversion.Container("web").Env.Should().BeNull();
    }

    [Fact]
    public async Task Entrypoint_is_the_command_and_command_the_args_with_dollars_kept_literal()
    {
        var container = (await Conversions.ConvertAsync("services:\n  web:\n    image: busybox\n    entrypoint: [sh, -c]\n    command: [\"echo $$(date) $$HOME\"]\n")).Container("web");
        container.Command.Should().Equal("sh", "-c");
        // compose made these `$(date) $HOME`; the kubelet would expand $(date), so it is written $$(date).
        container.Args.Should().Equal("echo $$(date) $HOME");
    }

    [Fact]
    public async Task Env_files_are_config_maps_taken_with_envFrom_and_environment_overrides_them()
    {
        var conversion = await Conversions.ConvertAsync(
            "services:\n  web:\n    image: nginx\n    env_file: [db.env]\n    environment:\n      MODE: prod\n      HOST: override\n",
            files: new Dictionary<string, string> { ["db.env"] = "HOST=db\nPORT=5432\nMODE=prod\n" });
        conversion.Single<V1ConfigMap>("web-db-env").Data.Should().Equal(new Dictionary<string, string> { ["HOST"] = "db", ["PORT"] = "5432", ["MODE"] = "prod" });
        var container = conversion.Container("web");
        container.EnvFrom.Single().ConfigMapRef.Name.Should().Be("web-db-env");
        // MODE has the env file's value already; HOST differs, so env (which wins over envFrom) carries it.
        container.Env.Select(e => (e.Name, e.Value)).Should().Equal(("HOST", "override"));
    }

    [Fact]
    public async Task Ports_are_container_ports_and_service_ports_on_the_target_plus_the_published_port()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    ports: [\"8080:80\", \"53:53/udp\"]\n    expose: [\"9000\"]\n");
        conversion.Container("web").Ports.Select(p => (p.ContainerPort, p.Protocol)).Should().Equal((80, "TCP"), (53, "UDP"), (9000, "TCP"));
        conversion.Single<V1Service>("web").Spec.Ports.Select(p => (p.Name, p.Port, p.TargetPort.Value, p.Protocol))
            .Should().Equal(("tcp-80", 80, "80", "TCP"), ("tcp-8080", 8080, "80", "TCP"), ("udp-53", 53, "53", "UDP"), ("tcp-9000", 9000, "9000", "TCP"));
    }

    [Fact]
    public async Task Published_services_take_the_chosen_service_type()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n  api:\n    image: nginx\n    expose: [\"80\"]\n",
            new KubernetesOptions { PublishedServiceType = "LoadBalancer" });
        conversion.Single<V1Service>("web").Spec.Type.Should().Be("LoadBalancer");
        conversion.Single<V1Service>("api").Spec.Type.Should().BeNull();
    }

    [Fact]
    public async Task Host_mode_ports_are_host_ports()
    {
        var container = (await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    ports:\n      - {target: 80, published: \"8080\", mode: host}\n")).Container("web");
        container.Ports.Single().HostPort.Should().Be(8080);
    }

    [Fact]
    public async Task A_healthcheck_is_readiness_and_liveness_and_its_start_period_a_startup_probe()
    {
        var container = (await Conversions.ConvertAsync("""
            services:
              db:
                image: postgres
                healthcheck:
                  test: pg_isready -U app
                  interval: 10s
                  timeout: 2500ms
                  retries: 4
                  start_period: 30s
                  start_interval: 2s
            """)).Container("db");
        container.ReadinessProbe.Exec.Command.Should().Equal("/bin/sh", "-c", "pg_isready -U app");
        (container.ReadinessProbe.PeriodSeconds, container.ReadinessProbe.TimeoutSeconds, container.ReadinessProbe.FailureThreshold).Should().Be((10, 3, 4));
        container.LivenessProbe.Should().BeEquivalentTo(container.ReadinessProbe);
        (container.StartupProbe.PeriodSeconds, container.StartupProbe.FailureThreshold).Should().Be((2, 15 + 4));
    }

    [Fact]
    public async Task A_disabled_healthcheck_gives_no_probes()
    {
        var container = (await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    healthcheck:\n      disable: true\n")).Container("web");
        container.ReadinessProbe.Should().BeNull();
        container.LivenessProbe.Should().BeNull();
        container.StartupProbe.Should().BeNull();
    }

    [Fact]
    public async Task Deploy_resources_are_limits_and_requests_in_kubernetes_units()
    {
        var resources = (await Conversions.ConvertAsync("""
            services:
              web:
                image: nginx
                deploy:
                  resources:
                    limits: {cpus: "1.5", memory: 512M}
                    reservations: {cpus: "0.25", memory: 64m}
            """)).Container("web").Resources;
        resources.Limits.ToDictionary(l => l.Key, l => l.Value.ToString()).Should().Equal(new Dictionary<string, string> { ["cpu"] = "1500m", ["memory"] = "512Mi" });
        resources.Requests.ToDictionary(l => l.Key, l => l.Value.ToString()).Should().Equal(new Dictionary<string, string> { ["cpu"] = "250m", ["memory"] = "64Mi" });
    }

    [Fact]
    public async Task Service_level_cpus_and_mem_limit_stand_in_for_deploy_resources()
    {
        var resources = (await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    cpus: 2\n    mem_limit: 1g\n")).Container("web").Resources;
        resources.Limits.ToDictionary(l => l.Key, l => l.Value.ToString()).Should().Equal(new Dictionary<string, string> { ["cpu"] = "2", ["memory"] = "1Gi" });
    }

    [Fact]
    public async Task Numeric_user_read_only_and_capabilities_are_the_security_context()
    {
        var security = (await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    user: \"1000:2000\"\n    read_only: true\n    cap_add: [CAP_NET_ADMIN]\n    cap_drop: [ALL]\n    security_opt: [\"no-new-privileges:true\"]\n")).Container("web").SecurityContext;
        (security.RunAsUser, security.RunAsGroup, security.ReadOnlyRootFilesystem, security.AllowPrivilegeEscalation).Should().Be((1000L, 2000L, true, false));
        security.Capabilities.Add.Should().Equal("NET_ADMIN");
        security.Capabilities.Drop.Should().Equal("ALL");
    }

    [Fact]
    public async Task Secrets_and_configs_are_objects_mounted_as_files_at_their_targets()
    {
        var conversion = await Conversions.ConvertAsync("""
            services:
              web:
                image: nginx
                secrets: [{source: api_key, mode: 0400}]
                configs: [{source: site, target: /etc/nginx/conf.d/site.conf}]
            secrets:
              api_key: {file: ./key.txt}
            configs:
              site: {content: "server {}\n"}
            """, files: new Dictionary<string, string> { ["key.txt"] = "s3cret" });
        conversion.Single<V1Secret>("api-key").Data["api_key"].Should().Equal("s3cret"u8.ToArray());
        conversion.Single<V1ConfigMap>("site").Data["site"].Should().Be("server {}\n");
        var pod = conversion.Pod("web");
        pod.Containers.Single().VolumeMounts.Select(m => (m.MountPath, m.SubPath, m.ReadOnlyProperty))
            .Should().Equal(("/run/secrets/api_key", "api_key", true), ("/etc/nginx/conf.d/site.conf", "site", true));
        pod.Volumes.Single(v => v.Secret != null).Secret.Items.Single().Mode.Should().Be(256);
    }

    [Fact]
    public async Task External_secrets_and_volumes_are_referenced_by_name_and_not_written()
    {
        var conversion = await Conversions.ConvertAsync("""
            services:
              web:
                image: nginx
                secrets: [tls]
                volumes: [shared:/data]
            secrets:
              tls: {external: true, name: site-tls}
            volumes:
              shared: {external: true, name: team-data}
            """);
        conversion.Names<V1Secret>().Should().BeEmpty();
        conversion.Names<V1PersistentVolumeClaim>().Should().BeEmpty();
        var pod = conversion.Pod("web");
        pod.Volumes.Select(v => v.Secret?.SecretName ?? v.PersistentVolumeClaim?.ClaimName).Should().BeEquivalentTo("site-tls", "team-data");
    }

    [Fact]
    public async Task Tmpfs_shm_size_and_anonymous_volumes_are_empty_dirs()
    {
        var pod = (await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    tmpfs: [\"/run:size=64m\"]\n    shm_size: 256m\n    volumes: [/cache]\n")).Pod("web");
        pod.Volumes.Select(v => (v.Name, v.EmptyDir.Medium, v.EmptyDir.SizeLimit?.ToString()))
            .Should().BeEquivalentTo([("anon-cache", (string?)null, (string?)null), ("tmpfs-run", "Memory", "64Mi"), ("dshm", "Memory", "256Mi")]);
        pod.Containers.Single().VolumeMounts.Select(m => m.MountPath).Should().BeEquivalentTo("/cache", "/run", "/dev/shm");
    }

    [Fact]
    public async Task A_volume_two_services_share_is_read_write_many()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  a: {image: busybox, volumes: [\"data:/d\"]}\n  b: {image: busybox, volumes: [\"data:/d\"]}\nvolumes:\n  data: {}\n");
        conversion.Single<V1PersistentVolumeClaim>("data").Spec.AccessModes.Should().Equal("ReadWriteMany");
    }

    [Fact]
    public async Task Pod_level_keys_map_to_the_pod_spec()
    {
        var pod = (await Conversions.ConvertAsync("""
            services:
              web:
                image: nginx
                hostname: front
                extra_hosts: ["db.local=10.0.0.5", "cache.local=10.0.0.5"]
                dns_search: [corp.example]
                dns_opt: ["ndots:2"]
                sysctls: {net.core.somaxconn: "1024"}
                stop_grace_period: 1m30s
                platform: linux/arm64
                deploy:
                  placement:
                    constraints: ["node.labels.disk==ssd", "node.platform.arch==x86_64"]
            """)).Pod("web");
        pod.Hostname.Should().Be("front");
        pod.HostAliases.Single().Hostnames.Should().BeEquivalentTo("cache.local", "db.local");
        pod.DnsConfig.Searches.Should().Equal("corp.example");
        (pod.DnsConfig.Options.Single().Name, pod.DnsConfig.Options.Single().Value).Should().Be(("ndots", "2"));
        pod.SecurityContext.Sysctls.Single().Name.Should().Be("net.core.somaxconn");
        pod.TerminationGracePeriodSeconds.Should().Be(90);
        pod.NodeSelector.Should().Equal(new Dictionary<string, string> { ["kubernetes.io/os"] = "linux", ["kubernetes.io/arch"] = "amd64", ["disk"] = "ssd" });
    }

    [Fact]
    public async Task Hooks_are_lifecycle_handlers_and_pre_start_an_init_container()
    {
        var pod = (await Conversions.ConvertAsync("""
            services:
              web:
                image: nginx
                post_start: [{command: [touch, /ready]}]
                pre_stop: [{command: [nginx, -s, quit]}]
                pre_start: [{command: [sh, -c, "echo prepare"]}]
            """)).Pod("web");
        pod.Containers.Single().Lifecycle.PostStart.Exec.Command.Should().Equal("touch", "/ready");
        pod.Containers.Single().Lifecycle.PreStop.Exec.Command.Should().Equal("nginx", "-s", "quit");
        pod.InitContainers.Single().Should().Match<V1Container>(c => c.Name == "web-pre-start-1" && c.Image == "nginx");
    }

    [Theory]
    [InlineData("always", "Always")]
    [InlineData("never", "Never")]
    [InlineData("missing", "IfNotPresent")]
    public async Task Pull_policy_maps_to_the_image_pull_policy(string policy, string expected)
    {
        (await Conversions.ConvertAsync($"services:\n  web:\n    image: nginx\n    pull_policy: {policy}\n")).Container("web").ImagePullPolicy.Should().Be(expected);
    }
}
