namespace Compose.Runtime.Native.Supervision;

/// <summary>
/// How to start a group's supervisor: composectl re-executed with its hidden <c>__native-supervise</c> command
/// (<see cref="Program"/> and the arguments before it, e.g. <c>dotnet composectl.dll</c> under a test host).
/// </summary>
public sealed record SupervisorCommand(string Program, IReadOnlyList<string> Prefix)
{
    public const string Verb = "__native-supervise";

    /// <summary>The running executable itself (composectl).</summary>
    public static SupervisorCommand CurrentProcess() => new(Environment.ProcessPath ?? "composectl", []);
}
