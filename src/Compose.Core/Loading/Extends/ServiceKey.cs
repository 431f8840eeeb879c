namespace Compose.Loading.Extends;

/// <summary>A service in a given file: the unit <c>extends</c> resolves and remembers.</summary>
public readonly record struct ServiceKey(string File, string Service);
