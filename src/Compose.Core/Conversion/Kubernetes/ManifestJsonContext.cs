using System.Text.Json.Serialization;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// JSON metadata for the objects <c>convert --to kubernetes</c> writes, and only those: KubernetesClient's own
/// context covers every type of the API (over a thousand), and calling it through <c>KubernetesJson</c> keeps all of
/// them in the NativeAOT executable, where the runtime expands their type data into memory at every start: with it,
/// the executable was 40 MB and every command, <c>version</c> included, 17 MB larger in memory (45 MB against 28 MB
/// peak for <c>version</c>, 60 MB against 43 MB for a 30-service <c>up -d</c>). The options are the client's (camelCase names from
/// the models' attributes, nulls left out, string enums); its converters for dates and time spans are not needed, as
/// no converted object carries a timestamp. GoldenManifestTests pins the output byte for byte.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(V1Deployment))]
[JsonSerializable(typeof(V1StatefulSet))]
[JsonSerializable(typeof(V1DaemonSet))]
[JsonSerializable(typeof(V1Job))]
[JsonSerializable(typeof(V1Service))]
[JsonSerializable(typeof(V1ConfigMap))]
[JsonSerializable(typeof(V1Secret))]
[JsonSerializable(typeof(V1PersistentVolumeClaim))]
[JsonSerializable(typeof(V1NetworkPolicy))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
