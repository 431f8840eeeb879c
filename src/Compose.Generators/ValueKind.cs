namespace Compose.Generators;

/// <summary>How the canonical JSON writer (Compose.Hashing.CanonicalJson) writes a value of a property's type.</summary>
internal enum ValueKind
{
    /// <summary>A string, number, boolean, TimeSpan or enum: written by the runtime writer.</summary>
    Scalar,

    /// <summary><c>object</c>: the runtime writer dispatches on the value (YAML scalars, maps, sequences).</summary>
    Dynamic,

    /// <summary>A non-generic <c>IDictionary</c>: an object with ordinally sorted keys.</summary>
    Map,

    /// <summary>Any other <c>IEnumerable</c>: an array.</summary>
    Sequence,

    /// <summary>A model record: its hashed properties, generated.</summary>
    Record,

    /// <summary>A type the writer has no canonical form for (char, DateTime, Guid, ...): a build error.</summary>
    Unsupported,
}
