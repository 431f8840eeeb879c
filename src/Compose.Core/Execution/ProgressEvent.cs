namespace Compose.Execution;

/// <summary>
/// One change of one resource's state, as the user sees it: <c>Container web-1  Started</c>.
/// Renderers turn these into a live tree, plain lines or JSON.
/// </summary>
public sealed record ProgressEvent(string Kind, string Name, ProgressStatus Status, string Text)
{
    /// <summary>Extra detail (an engine message, a health-check output); never secrets or environment values.</summary>
    public string? Detail { get; init; }

    /// <summary>
    /// The <see cref="Name"/> of the resource this one belongs to (an image for its layers): the live tree shows it
    /// indented under that parent and hides it once the parent is done.
    /// </summary>
    public string? Parent { get; init; }

    public static ProgressEvent Working(string kind, string name, string text) => new(kind, name, ProgressStatus.Working, text);

    public static ProgressEvent Done(string kind, string name, string text) => new(kind, name, ProgressStatus.Done, text);

    public static ProgressEvent Warning(string kind, string name, string text) => new(kind, name, ProgressStatus.Warning, text);

    public static ProgressEvent Error(string kind, string name, string text, string? detail) =>
        new(kind, name, ProgressStatus.Error, text) { Detail = detail };
}
