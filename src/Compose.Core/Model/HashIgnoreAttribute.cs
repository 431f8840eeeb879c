namespace Compose.Model;

/// <summary>
/// Marks a model property that does not change the container, so the config hash (<c>Compose.Hashing.ConfigHash</c>)
/// leaves it out. The hash writer is generated at compile time (src/Compose.Generators), which reads this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HashIgnoreAttribute : Attribute;
