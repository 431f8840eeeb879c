namespace Compose.Planning;

/// <summary>Marks a model property that does not change the container, so <see cref="ConfigHash"/> leaves it out.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HashIgnoreAttribute : Attribute;
