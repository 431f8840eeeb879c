namespace Compose.Operations.Exec;

/// <summary>One side of <c>cp</c>: <c>SERVICE:PATH</c> in a container, or a local path (<c>-</c> = a tar on stdin/stdout).</summary>
public sealed record CopyEndpoint(string? Service, string Path)
{
    public bool IsContainer => Service is not null;

    /// <summary>
    /// <c>web:/etc/hosts</c> is a container path; <c>./a:b</c>, <c>/x:y</c> and <c>C:\x</c> style paths are local,
    /// as docker decides (a colon before any slash, and not at the start).
    /// </summary>
    public static CopyEndpoint Parse(string text)
    {
        var colon = text.IndexOf(':');
        var slash = text.IndexOf('/');
        return colon > 0 && (slash < 0 || colon < slash) && !text.StartsWith('.')
            ? new CopyEndpoint(text[..colon], text[(colon + 1)..])
            : new CopyEndpoint(null, text);
    }
}
