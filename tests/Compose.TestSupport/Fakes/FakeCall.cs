namespace Compose.TestSupport.Fakes;

/// <summary>
/// One call the fake runtime received: what was done (<see cref="Verb"/>) to which kind of resource, its subject (a
/// container's name, an image reference) and, for some, the other party (a new name, a network's container, the
/// command of an exec, a signal). <see cref="Text"/> is the call as one line.
/// </summary>
public sealed record FakeCall(string Verb, string Kind, string Subject, string? Other = null)
{
    /// <summary><c>start container web-1</c>, <c>rename container a to b</c>, <c>exec web-1: sh -c x</c>, <c>kill SIGTERM container web-1</c>.</summary>
    public string Text => Verb switch
    {
        "exec" => $"exec {Subject}: {Other}",
        "copy" => $"copy files to {Subject}",
        "kill" => $"kill {Other} {Kind} {Subject}",
        "rename" => $"rename {Kind} {Subject} to {Other}",
        "tag" => $"tag {Kind} {Subject} as {Other}",
        "connect" => $"connect {Kind} {Subject} to {Other}",
        "disconnect" => $"disconnect {Kind} {Subject} from {Other}",
        _ => $"{Verb} {Kind} {Subject}",
    };

    public override string ToString() => Text;
}
