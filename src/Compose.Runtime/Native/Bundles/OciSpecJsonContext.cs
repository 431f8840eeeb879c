using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Bundles;

/// <summary>Source-generated JSON for config.json and the process spec of an exec.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = false)]
[JsonSerializable(typeof(OciSpec))]
[JsonSerializable(typeof(OciProcess))]
internal sealed partial class OciSpecJsonContext : JsonSerializerContext;
