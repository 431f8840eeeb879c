using Compose.Conversion.Kubernetes;
using k8s.Models;

namespace Compose.Tests.Conversion;

/// <summary>How pods find each other (Services, aliases) and who may reach whom (NetworkPolicies).</summary>
public class ServiceAndNetworkMappingTests
{
    [Fact]
    public async Task A_service_without_ports_that_others_reach_by_name_gets_a_headless_Service()
    {
        var conversion = await Conversions.ConvertAsync("""
            services:
              app:
                image: busybox
                environment:
                  DATABASE_URL: postgres://app@db:5432/app
              db: {image: postgres}
              cache: {image: redis}
              worker:
                image: busybox
                command: ["sh", "-c", "wget -qO- http://app/"]
              lonely: {image: busybox}
            """);
        conversion.Names<V1Service>().Should().BeEquivalentTo("app", "db");
        conversion.Single<V1Service>("db").Spec.Should().Match<V1ServiceSpec>(s => s.ClusterIP == "None" && s.Ports == null);
    }

    [Fact]
    public async Task Depends_on_and_links_make_a_service_reached_by_name()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    depends_on: [api]\n    links: [\"cache:memo\"]\n  api: {image: busybox}\n  cache: {image: redis}\n");
        conversion.Names<V1Service>().Should().BeEquivalentTo("api", "cache", "memo");
        conversion.Single<V1Service>("memo").Spec.Selector["app.kubernetes.io/name"].Should().Be("cache");
    }

    [Fact]
    public async Task Network_aliases_and_container_names_are_extra_Services_for_the_same_pods()
    {
        var conversion = await Conversions.ConvertAsync("""
            services:
              db:
                image: postgres
                container_name: legacy-db
                expose: ["5432"]
                networks:
                  backend:
                    aliases: [database]
            networks:
              backend: {}
            """);
        conversion.Names<V1Service>().Should().BeEquivalentTo("db", "database", "legacy-db");
        conversion.Single<V1Service>("database").Spec.Ports.Single().Port.Should().Be(5432);
    }

    [Fact]
    public async Task Endpoint_mode_dnsrr_is_a_headless_Service()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    expose: [\"80\"]\n    deploy:\n      endpoint_mode: dnsrr\n");
        conversion.Single<V1Service>("web").Spec.ClusterIP.Should().Be("None");
    }

    [Fact]
    public async Task Each_network_is_a_policy_admitting_its_members_and_published_ports_are_open()
    {
        var conversion = await Conversions.ConvertAsync("""
            services:
              proxy:
                image: nginx
                ports: ["8080:80"]
                networks: [front]
              app:
                image: busybox
                networks: [front, back]
              db:
                image: postgres
                networks: [back]
            networks:
              front: {}
              back: {}
            """);
        conversion.Names<V1NetworkPolicy>().Should().BeEquivalentTo("front-network", "back-network", "proxy-published");
        var back = conversion.Single<V1NetworkPolicy>("back-network").Spec;
        back.PodSelector.MatchLabels.Should().Equal(new Dictionary<string, string> { ["com.docker.compose.network/back"] = "true" });
        back.Ingress.Single().FromProperty.Single().PodSelector.MatchLabels.Should().Equal(back.PodSelector.MatchLabels);
        conversion.Pod("app").Should().NotBeNull();
        var appLabels = conversion.Single<V1Deployment>("app").Spec.Template.Metadata.Labels;
        appLabels.Should().Contain("com.docker.compose.network/front", "true").And.Contain("com.docker.compose.network/back", "true");
        conversion.Single<V1Deployment>("db").Spec.Template.Metadata.Labels.Should().NotContainKey("com.docker.compose.network/front");
        conversion.Single<V1NetworkPolicy>("proxy-published").Spec.Ingress.Single().Ports.Single().Port.Value.Should().Be("80");
    }

    [Fact]
    public async Task A_network_mode_service_joins_no_network_policy()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  tool:\n    image: busybox\n    network_mode: host\n");
        conversion.Names<V1NetworkPolicy>().Should().BeEmpty();
        conversion.Single<V1Deployment>("tool").Spec.Template.Metadata.Labels.Keys.Should().NotContain(k => k.StartsWith(KubernetesLabels.NetworkPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Objects_come_in_apply_order_configuration_and_storage_before_workloads()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n    volumes: [data:/d]\n    configs: [site]\nconfigs:\n  site: {content: x}\nvolumes:\n  data: {}\n");
        conversion.Objects.Select(o => o.Kind).Should().Equal("ConfigMap", "PersistentVolumeClaim", "Service", "NetworkPolicy", "NetworkPolicy", "Deployment");
    }
}
