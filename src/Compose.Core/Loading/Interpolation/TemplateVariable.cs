namespace Compose.Loading.Interpolation;

/// <summary>
/// A variable a compose file uses, as <c>config --variables</c> lists it: required (<c>${VAR:?err}</c>), with a
/// default (<c>${VAR:-default}</c>) or an alternate value (<c>${VAR:+alternate}</c>), as written (not expanded).
/// </summary>
public sealed record TemplateVariable(string Name, bool Required, string? DefaultValue, string? AlternateValue);
