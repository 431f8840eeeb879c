namespace Compose.Generators;

/// <summary>A record type the generated code writes, with its hashed properties in the order they are written.</summary>
/// <param name="TypeName">Fully qualified, as C# source (<c>global::Compose.Model.Service</c>).</param>
/// <param name="Depth">How many base types it has: a derived record is matched before its base.</param>
internal sealed record RecordWriter(string TypeName, int Depth, IReadOnlyList<HashedProperty> Properties);
