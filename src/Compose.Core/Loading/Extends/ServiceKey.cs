namespace Compose.Loading.Extends;

/// <summary>A service in a given file: the unit <c>extends</c> resolves and remembers.</summary>
public sealed record ServiceKey(string File, string Service);
