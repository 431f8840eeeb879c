using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Lifecycle hooks (<c>post_start</c>, <c>pre_stop</c>, <c>pre_start</c>) and a watch rule's <c>exec</c>.</summary>
public static class HookBinder
{
    public static ServiceHook Bind(Node node, string path) => Hook(MappingReader.Open(node, path, SpecKeys.Hook));

    /// <summary>A <c>pre_start</c> hook may name the image its container runs.</summary>
    public static ServiceHook BindPreStart(Node node, string path)
    {
        var hook = MappingReader.Open(node, path, SpecKeys.PreStartHook);
        return Hook(hook) with { Image = hook.String("image") };
    }

    private static ServiceHook Hook(MappingReader hook) => new()
    {
        Command = CommandSyntax.Bind(hook.Required("command"), hook.PathOf("command")),
        User = hook.String("user"),
        Privileged = hook.Flag("privileged"),
        WorkingDir = hook.String("working_dir"),
        Environment = hook.NullableMap("environment"),
    };
}
