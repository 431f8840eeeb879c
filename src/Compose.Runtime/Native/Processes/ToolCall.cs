namespace Compose.Runtime.Native.Processes;

/// <summary>One run of a program: what it is for (<see cref="Operation"/> on <see cref="Resource"/>, for errors), its arguments and input.</summary>
internal sealed record ToolCall(string Operation, string? Resource, string Program, IReadOnlyList<string> Arguments)
{
    public string? Input { get; init; }

    public IReadOnlyDictionary<string, string?>? Environment { get; init; }
}
