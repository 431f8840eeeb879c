namespace Compose.Errors;

/// <summary>
/// A problem in a compose file, rendered as <c>compose.yaml:12:7: services.web.ports[0]: '80a' is not a valid port</c>.
/// </summary>
public class ComposeFileException : ComposeException
{
    public ComposeFileException(SourceLocation? location, string? keyPath, string problem, Exception? inner = null)
        : base(Format(location, keyPath, problem), inner)
    {
        Location = location;
        KeyPath = keyPath;
        Problem = problem;
    }

    public SourceLocation? Location { get; }
    public string? KeyPath { get; }
    public string Problem { get; }

    private static string Format(SourceLocation? location, string? keyPath, string problem)
    {
        var place = location is null ? "" : location + ": ";
        var path = string.IsNullOrEmpty(keyPath) ? "" : keyPath + ": ";
        return place + path + problem;
    }
}
