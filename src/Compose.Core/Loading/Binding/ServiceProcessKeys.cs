using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Service keys about the process: command, environment, identity, lifecycle.</summary>
internal static class ServiceProcessKeys
{
    public static IEnumerable<KeyValuePair<string, ServiceKeyBinder>> Entries =>
    [
        new("command", (s, v, p, c) => s with { Command = CommandSyntax.Bind(v, p) }),
        new("entrypoint", (s, v, p, c) => s with { Entrypoint = CommandSyntax.Bind(v, p) }),
        new("environment", (s, v, p, c) => s with { Environment = NodeReader.KeyValueMap(v, p) }),
        new("env_file", (s, v, p, c) => s with { EnvFiles = new EnvFileBinder(c).Bind(v, p) }),
        new("labels", (s, v, p, c) => s with { Labels = BindingMaps.Strings(v, p) }),
        new("label_file", (s, v, p, c) => s with { LabelFiles = [.. NodeReader.StringOrList(v, p).Select(f => PathSyntax.Resolve(f, c, v, p))] }),
        new("annotations", (s, v, p, c) => s with { Annotations = BindingMaps.Strings(v, p) }),
        new("working_dir", (s, v, p, c) => s with { WorkingDir = NodeReader.String(v, p) }),
        new("user", (s, v, p, c) => s with { User = NodeReader.String(v, p) }),
        new("hostname", (s, v, p, c) => s with { Hostname = NodeReader.String(v, p) }),
        new("domainname", (s, v, p, c) => s with { Domainname = NodeReader.String(v, p) }),
        new("mac_address", (s, v, p, c) => s with { MacAddress = NodeReader.String(v, p) }),
        new("tty", (s, v, p, c) => s with { Tty = NodeReader.Bool(v, p) }),
        new("stdin_open", (s, v, p, c) => s with { StdinOpen = NodeReader.Bool(v, p) }),
        new("init", (s, v, p, c) => s with { Init = NodeReader.Bool(v, p) }),
        new("stop_signal", (s, v, p, c) => s with { StopSignal = NodeReader.String(v, p) }),
        new("stop_grace_period", (s, v, p, c) => s with { StopGracePeriod = NodeReader.Duration(v, p) }),
        new("healthcheck", (s, v, p, c) => s with { HealthCheck = HealthCheckBinder.Bind(v, p) }),
        new("restart", (s, v, p, c) => s with { Restart = ServiceValueRules.Restart(v, p) }),
        new("pre_start", (s, v, p, c) => s with { PreStart = BindingLists.Items(v, p, HookBinder.BindPreStart) }),
        new("post_start", (s, v, p, c) => s with { PostStart = BindingLists.Items(v, p, HookBinder.Bind) }),
        new("pre_stop", (s, v, p, c) => s with { PreStop = BindingLists.Items(v, p, HookBinder.Bind) }),
    ];
}
