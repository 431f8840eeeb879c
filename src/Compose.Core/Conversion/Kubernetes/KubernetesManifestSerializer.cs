using System.Globalization;
using System.Text.Json;
using k8s;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Manifests as YAML, through the KubernetesClient serializer. Why this route: the full <c>KubernetesClient</c>
/// package's <c>KubernetesYaml</c> builds a reflection-based YamlDotNet serializer (it reads the models' JSON
/// attributes by reflection), which produces trim and AOT warnings and, published with NativeAOT, fails in its type
/// initializer ("no metadata token available"). <c>KubernetesClient.Aot</c> has the same typed models, keeps its YAML
/// serializer internal, and serializes through a source-generated System.Text.Json context, which is AOT-safe. So the
/// objects are serialized to JSON with the client's options and models, through a context of our own that covers only
/// the kinds we write (<see cref="ManifestJsonContext"/> says why): field names, omitted nulls, IntOrString and
/// quantities exactly as the client writes them for the API server,
/// and that JSON is written as block YAML by YamlDotNet's emitter (events, no reflection). YAML is a superset of
/// JSON, so nothing is lost; strings a YAML 1.1 reader (kubectl's) would take for another type are quoted.
/// </summary>
public static class KubernetesManifestSerializer
{
    public static string Serialize(IKubernetesObject value) =>
        Yaml(JsonSerializer.Serialize(value, ManifestJsonContext.Default.GetTypeInfo(value.GetType())
            ?? throw new InvalidOperationException($"{value.GetType().Name} is missing from ManifestJsonContext: add it there")));

    /// <summary>Several objects as one stream, <c>---</c> between them (<c>kubectl apply -f -</c> reads it).</summary>
    public static string SerializeAll(IEnumerable<IKubernetesObject> values) => string.Join("---\n", values.Select(Serialize));

    public static string Yaml(string json)
    {
        using var document = JsonDocument.Parse(json);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: false));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Write(emitter, document.RootElement);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Write(IEmitter emitter, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var empty = !element.EnumerateObject().Any();
                emitter.Emit(new MappingStart(null, null, true, empty ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var property in element.EnumerateObject())
                {
                    emitter.Emit(StringScalar(property.Name));
                    Write(emitter, property.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonValueKind.Array:
                emitter.Emit(new SequenceStart(null, null, true, element.GetArrayLength() == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in element.EnumerateArray())
                {
                    Write(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValueKind.String:
                emitter.Emit(StringScalar(element.GetString()!));
                break;
            case JsonValueKind.Number:
                emitter.Emit(new Scalar(null, null, element.GetRawText(), ScalarStyle.Plain, true, false));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                emitter.Emit(new Scalar(null, null, element.GetBoolean() ? "true" : "false", ScalarStyle.Plain, true, false));
                break;
            default:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
        }
    }

    /// <summary>Multi-line text as a literal block (file contents stay readable); anything not plainly a string is quoted.</summary>
    private static Scalar StringScalar(string value)
    {
        var style = value.Contains('\n', StringComparison.Ordinal) && !value.Contains('\r', StringComparison.Ordinal) && !value.Contains('\t', StringComparison.Ordinal)
            ? ScalarStyle.Literal
            : YamlStrings.IsPlainSafe(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;
        return new Scalar(null, null, value, style, true, true);
    }
}
