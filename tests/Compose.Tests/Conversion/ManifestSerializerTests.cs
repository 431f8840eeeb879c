using Compose.Conversion.Kubernetes;
using k8s.Models;

namespace Compose.Tests.Conversion;

/// <summary>The YAML the manifests are written as: KubernetesJson's field names and forms, quoted where YAML 1.1 would misread.</summary>
public class ManifestSerializerTests
{
    [Theory]
    [InlineData("nginx", true)]
    [InlineData("1Gi", true)]
    [InlineData("Hello from composectl", true)]
    [InlineData("yes", false)]
    [InlineData("Off", false)]
    [InlineData("0755", false)]
    [InlineData("1e3", false)]
    [InlineData("12:30", false)]
    [InlineData("2024-01-01", false)]
    [InlineData("-U", false)]
    [InlineData("", false)]
    [InlineData("a: b", false)]
    [InlineData("x #y", false)]
    public void Strings_stay_plain_only_when_yaml_11_reads_them_back_as_the_same_string(string value, bool plain)
    {
        YamlStrings.IsPlainSafe(value).Should().Be(plain);
    }

    [Fact]
    public void Objects_are_written_with_the_clients_field_names_omitting_nulls()
    {
        var service = new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = "web" },
            Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 80, TargetPort = 8080 }], ClusterIP = "None" },
        };
        KubernetesManifestSerializer.Serialize(service).Should().Be("""
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              clusterIP: None
              ports:
              - port: 80
                targetPort: 8080

            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Multi_line_text_is_a_literal_block_and_ambiguous_values_are_quoted()
    {
        var map = new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "c" }, Data = new Dictionary<string, string> { ["conf"] = "a: 1\nb: 2\n", ["flag"] = "on" } };
        var yaml = KubernetesManifestSerializer.Serialize(map);
        yaml.Should().Contain("conf: |\n    a: 1\n    b: 2\n").And.Contain("flag: \"on\"");
    }

    [Fact]
    public void A_stream_separates_documents()
    {
        var a = new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "a" } };
        var b = new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "b" } };
        KubernetesManifestSerializer.SerializeAll([a, b]).Split("---\n").Should().HaveCount(2);
    }
}
