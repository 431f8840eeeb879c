namespace Compose.Loading.Yaml;

/// <summary>
/// One key and value of a <see cref="MappingNode"/>. A class, not a struct: generic collections and LINQ over a
/// reference type share precompiled code, which keeps the first load of a process from paying for JIT work.
/// </summary>
public sealed record NodeEntry(ScalarNode Key, Node Value);
