using Compose.Conversion.Kubernetes;
using k8s;
using k8s.Models;

namespace Compose.Tests.Conversion;

/// <summary>Converts inline compose text (loaded as the CLI would) and finds the objects tests look at.</summary>
public static class Conversions
{
    public static async Task<KubernetesConversion> ConvertAsync(string yaml, KubernetesOptions? options = null, IReadOnlyDictionary<string, string>? files = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var loaded = await TestProjects.LoadAsync(yaml, environment, extraFiles: files);
        return await KubernetesConverter.ConvertAsync(loaded, options ?? new KubernetesOptions(), CancellationToken.None);
    }

    public static T Single<T>(this KubernetesConversion conversion, string name) where T : IKubernetesObject =>
        conversion.Objects.OfType<T>().Should().ContainSingle(o => ManifestNames.NameOf(o) == name).Subject;

    public static IEnumerable<string> Names<T>(this KubernetesConversion conversion) where T : IKubernetesObject =>
        conversion.Objects.OfType<T>().Select(o => ManifestNames.NameOf(o));

    public static V1PodSpec Pod(this KubernetesConversion conversion, string name) => conversion.Objects.Single(o => ManifestNames.NameOf(o) == name && o is V1Deployment or V1StatefulSet or V1DaemonSet or V1Job) switch
    {
        V1Deployment d => d.Spec.Template.Spec,
        V1StatefulSet s => s.Spec.Template.Spec,
        V1DaemonSet d => d.Spec.Template.Spec,
        V1Job j => j.Spec.Template.Spec,
        _ => throw new InvalidOperationException(),
    };

    public static V1Container Container(this KubernetesConversion conversion, string name) => conversion.Pod(name).Containers.Single();

    public static string Kinds(this KubernetesConversion conversion) => string.Join(",", conversion.Warnings.Select(w => w.Kind));
}
