using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Bundles;

/// <summary>Part of the OCI runtime spec (config.json) as runc 1.1 reads it: only the members the driver sets.</summary>
internal sealed record OciBlockIo([property: JsonPropertyName("weight")] ushort? Weight);
