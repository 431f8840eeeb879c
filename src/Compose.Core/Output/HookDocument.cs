using Compose.Model;

namespace Compose.Output;

/// <summary>A lifecycle hook or a watch rule's <c>exec</c>.</summary>
internal static class HookDocument
{
    public static object? From(ServiceHook hook) => OutputValues.Always(
        ("image", hook.Image),
        ("command", hook.Command.ToList()),
        ("user", hook.User),
        ("privileged", OutputValues.Flag(hook.Privileged)),
        ("working_dir", hook.WorkingDir),
        ("environment", OutputValues.Map(hook.Environment)));
}
