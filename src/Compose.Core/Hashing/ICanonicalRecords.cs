using System.Text.Json;

namespace Compose.Hashing;

/// <summary>
/// The record writers <see cref="CanonicalJson"/> calls for values that are neither scalars nor collections.
/// Implemented by source generation: mark a <c>partial class</c> with <see cref="CanonicalRecordsAttribute"/>.
/// </summary>
public interface ICanonicalRecords
{
    /// <summary>Writes <paramref name="value"/> when it is one of the generated record types; false for any other type.</summary>
    static abstract bool TryWriteRecord(Utf8JsonWriter writer, object value, CanonicalPath path);
}
