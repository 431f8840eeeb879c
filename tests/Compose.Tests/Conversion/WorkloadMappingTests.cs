using Compose.Conversion.Kubernetes;
using k8s.Models;

namespace Compose.Tests.Conversion;

/// <summary>Which workload each service becomes, and what the workload carries from compose.</summary>
public class WorkloadMappingTests
{
    [Fact]
    public async Task A_long_running_service_is_a_Deployment_with_its_replicas_and_recommended_labels()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    deploy:\n      replicas: 3\n");
        var deployment = conversion.Single<V1Deployment>("web");
        deployment.Spec.Replicas.Should().Be(3);
        deployment.Spec.Selector.MatchLabels.Should().Equal(new Dictionary<string, string> { ["app.kubernetes.io/instance"] = "test", ["app.kubernetes.io/name"] = "web" });
        deployment.Spec.Template.Metadata.Labels.Should().Contain("app.kubernetes.io/part-of", "test").And.Contain("app.kubernetes.io/managed-by", "composectl");
        deployment.Spec.Template.Spec.RestartPolicy.Should().Be("Always");
    }

    [Fact]
    public async Task Global_mode_is_a_DaemonSet()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  agent:\n    image: busybox\n    deploy:\n      mode: global\n");
        conversion.Single<V1DaemonSet>("agent").Spec.Template.Spec.Containers.Single().Image.Should().Be("busybox");
        conversion.Names<V1Deployment>().Should().BeEmpty();
    }

    [Theory]
    [InlineData("restart: \"no\"", "Never", 0)]
    [InlineData("restart: on-failure:4", "OnFailure", 4)]
    [InlineData("deploy:\n      restart_policy:\n        condition: on-failure\n        max_attempts: 2", "OnFailure", 2)]
    public async Task A_service_that_runs_to_completion_is_a_Job(string restart, string policy, int backoff)
    {
        var conversion = await Conversions.ConvertAsync($"services:\n  migrate:\n    image: busybox\n    {restart}\n");
        var job = conversion.Single<V1Job>("migrate");
        job.Spec.Template.Spec.RestartPolicy.Should().Be(policy);
        job.Spec.BackoffLimit.Should().Be(backoff);
    }

    [Fact]
    public async Task A_service_others_wait_for_to_complete_runs_as_their_init_container_with_its_volumes()
    {
        var conversion = await Conversions.ConvertAsync("""
            services:
              migrate:
                image: busybox
                command: ["sh", "-c", "echo migrated"]
                volumes: [data:/data]
              web:
                image: nginx
                depends_on:
                  migrate:
                    condition: service_completed_successfully
            volumes:
              data: {}
            """);
        conversion.Names<V1Deployment>().Should().Equal("web");
        var pod = conversion.Pod("web");
        pod.InitContainers.Should().ContainSingle().Which.Args.Should().Equal("sh", "-c", "echo migrated");
        pod.Volumes.Should().Contain(v => v.PersistentVolumeClaim != null && v.PersistentVolumeClaim.ClaimName == "data");
    }

    [Fact]
    public async Task Init_services_run_in_dependency_order()
    {
        var conversion = await Conversions.ConvertAsync("""
            services:
              schema: {image: busybox}
              seed:
                image: busybox
                depends_on: {schema: {condition: service_completed_successfully}}
              web:
                image: nginx
                depends_on: {seed: {condition: service_completed_successfully}}
            """);
        conversion.Pod("web").InitContainers.Select(c => c.Name).Should().Equal("schema", "seed");
    }

    [Fact]
    public async Task With_statefulsets_a_service_with_its_own_named_volume_gets_a_claim_per_replica()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  db:\n    image: postgres\n    volumes: [pgdata:/var/lib/postgresql/data]\nvolumes:\n  pgdata: {}\n",
            new KubernetesOptions { StatefulSets = true });
        var set = conversion.Single<V1StatefulSet>("db");
        set.Spec.ServiceName.Should().Be("db");
        set.Spec.VolumeClaimTemplates.Should().ContainSingle().Which.Metadata.Name.Should().Be("pgdata");
        set.Spec.Template.Spec.Containers.Single().VolumeMounts.Single().Name.Should().Be("pgdata");
        conversion.Names<V1PersistentVolumeClaim>().Should().BeEmpty();
        conversion.Single<V1Service>("db").Spec.ClusterIP.Should().Be("None");
    }

    [Fact]
    public async Task Without_the_flag_a_service_with_a_named_volume_stays_a_Deployment_replaced_by_recreating()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  db:\n    image: postgres\n    volumes: [pgdata:/data]\nvolumes:\n  pgdata: {}\n");
        conversion.Single<V1Deployment>("db").Spec.Strategy.Type.Should().Be("Recreate");
        conversion.Single<V1PersistentVolumeClaim>("pgdata").Spec.AccessModes.Should().Equal("ReadWriteOnce");
    }

    [Fact]
    public async Task Update_config_is_a_rolling_update_in_its_order()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    deploy:\n      update_config:\n        parallelism: 2\n        order: start-first\n        delay: 10s\n");
        var spec = conversion.Single<V1Deployment>("web").Spec;
        spec.Strategy.RollingUpdate.MaxSurge.Value.Should().Be("2");
        spec.Strategy.RollingUpdate.MaxUnavailable.Value.Should().Be("0");
        spec.MinReadySeconds.Should().Be(10);
    }

    [Fact]
    public async Task Deploy_labels_annotate_the_workload_and_service_labels_annotate_its_pods()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    labels:\n      traefik.enable: \"true\"\n    deploy:\n      labels:\n        team: web\n");
        var deployment = conversion.Single<V1Deployment>("web");
        deployment.Metadata.Annotations.Should().Equal(new Dictionary<string, string> { ["team"] = "web" });
        deployment.Spec.Template.Metadata.Annotations.Should().Contain("traefik.enable", "true");
    }
}
