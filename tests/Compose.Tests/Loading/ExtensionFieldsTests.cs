using Compose.Loading.Tree;
using Compose.Loading.Yaml;

namespace Compose.Tests.Loading;

public class ExtensionFieldsTests
{
    private static string Pruned(string yaml) => TreeText.Of(ExtensionFields.Prune((MappingNode)YamlReader.Read("c.yaml", yaml)));

    [Fact]
    public void Kept_at_the_top_level_and_in_services_networks_volumes_secrets_and_configs()
    {
        Pruned("x-top: 1\nservices:\n  web:\n    x-svc: 2\nnetworks:\n  n:\n    x-net: 3\nvolumes:\n  v:\n    x-vol: 4\nsecrets:\n  s:\n    x-sec: 5\nconfigs:\n  c:\n    x-cfg: 6\n")
            .Should().Be("{x-top: 1, services: {web: {x-svc: 2}}, networks: {n: {x-net: 3}}, volumes: {v: {x-vol: 4}}, secrets: {s: {x-sec: 5}}, configs: {c: {x-cfg: 6}}}");
    }

    [Fact]
    public void Dropped_inside_structured_service_attributes_and_ipam()
    {
        Pruned("services:\n  web:\n    build:\n      context: .\n      x-b: 1\n    deploy:\n      x-d: 1\n      resources:\n        limits:\n          x-l: 1\n    ports:\n      - target: 80\n        x-p: 1\n    healthcheck:\n      x-h: 1\nnetworks:\n  n:\n    ipam:\n      x-i: 1\n      config:\n        - subnet: 10.0.0.0/24\n          x-c: 1\n")
            .Should().Be("{services: {web: {build: {context: .}, deploy: {resources: {limits: {}}}, ports: [{target: 80}], healthcheck: {}}}, networks: {n: {ipam: {config: [{subnet: 10.0.0.0/24}]}}}}");
    }

    [Fact]
    public void Data_mappings_and_extension_contents_are_untouched()
    {
        Pruned("services:\n  web:\n    labels:\n      x-custom: 1\n    environment:\n      x-var: 2\nx-template:\n  build:\n    x-inner: 3\n")
            .Should().Be("{services: {web: {labels: {x-custom: 1}, environment: {x-var: 2}}}, x-template: {build: {x-inner: 3}}}");
    }
}
