namespace Compose.Errors;

/// <summary>A place in a compose file: the path as shown to the user, 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
