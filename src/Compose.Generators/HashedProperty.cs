namespace Compose.Generators;

/// <summary>One property the generated writer writes: its name and whether its type is <c>Nullable&lt;T&gt;</c>.</summary>
/// <param name="Name">The property's name, which is also its JSON key.</param>
/// <param name="ExplicitlyNullable">A nullable value type keeps an empty value (<c>[]</c> is not "unset").</param>
internal sealed record HashedProperty(string Name, bool ExplicitlyNullable);
