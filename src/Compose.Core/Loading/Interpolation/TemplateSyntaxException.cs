namespace Compose.Loading.Interpolation;

/// <summary>A malformed <c>${...}</c> expression; the caller adds the location.</summary>
public sealed class TemplateSyntaxException(string message) : Exception(message);
