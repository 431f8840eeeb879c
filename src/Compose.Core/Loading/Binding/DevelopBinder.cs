using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>develop.watch</c> rules; each path is made absolute against the project directory.</summary>
public sealed class DevelopBinder(BindingContext context)
{
    public DevelopConfig Bind(Node value, string path)
    {
        var develop = MappingReader.Open(value, path, SpecKeys.Develop);
        return new DevelopConfig { Watch = develop.Items("watch", Rule) };
    }

    private WatchRule Rule(Node node, string path)
    {
        var rule = MappingReader.Open(node, path, SpecKeys.WatchRule);
        var action = DeployBinder.OneOf(rule, "action", WatchRule.Rebuild, WatchRule.Sync, WatchRule.Restart, WatchRule.SyncRestart, WatchRule.SyncExec)
            ?? throw new ComposeFileException(rule.Node.Location, rule.Path, "a watch rule needs an action (rebuild, sync, restart, sync+restart or sync+exec).");
        var exec = rule.Object("exec", HookBinder.Bind);
        if (action == WatchRule.SyncExec && exec is null)
        {
            throw new ComposeFileException(rule.Node.Location, rule.Path, "the sync+exec action needs an exec: command.");
        }

        return new WatchRule
        {
            Path = PathSyntax.Resolve(NodeReader.String(rule.Required("path"), rule.PathOf("path")), context, rule.Get("path"), rule.PathOf("path")),
            Action = action,
            Target = rule.String("target"),
            Ignore = rule.StringOrList("ignore"),
            Include = rule.StringOrList("include"),
            InitialSync = rule.Flag("initial_sync"),
            Exec = exec,
        };
    }
}
