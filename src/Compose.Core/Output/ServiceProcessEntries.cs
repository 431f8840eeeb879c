using Compose.Model;

namespace Compose.Output;

/// <summary>The process keys of a service: image, command, environment, identity, lifecycle hooks.</summary>
internal static class ServiceProcessEntries
{
    public static IEnumerable<(string Key, object? Value)> For(Service service) =>
    [
        ("image", service.Image),
        ("build", service.Build is { } build ? BuildDocument.From(build) : null),
        ("pull_policy", service.PullPolicy),
        ("pull_refresh_after", service.PullRefreshAfter),
        ("platform", service.Platform),
        ("command", service.Command is { } command ? command.ToList() : null),
        ("entrypoint", service.Entrypoint is { } entrypoint ? entrypoint.ToList() : null),
        ("environment", OutputValues.Map(service.Environment)),
        ("env_file", OutputValues.List(service.EnvFiles, EnvFile)),
        ("labels", OutputValues.Map(service.Labels)),
        ("label_file", OutputValues.List(service.LabelFiles)),
        ("annotations", OutputValues.Map(service.Annotations)),
        ("working_dir", service.WorkingDir),
        ("user", service.User),
        ("hostname", service.Hostname),
        ("domainname", service.Domainname),
        ("mac_address", service.MacAddress),
        ("tty", OutputValues.Flag(service.Tty)),
        ("stdin_open", OutputValues.Flag(service.StdinOpen)),
        ("init", service.Init),
        ("stop_signal", service.StopSignal),
        ("stop_grace_period", OutputValues.Duration(service.StopGracePeriod)),
        ("healthcheck", service.HealthCheck is { } check ? HealthCheck(check) : null),
        ("restart", service.Restart),
        ("pre_start", OutputValues.List(service.PreStart, HookDocument.From)),
        ("post_start", OutputValues.List(service.PostStart, HookDocument.From)),
        ("pre_stop", OutputValues.List(service.PreStop, HookDocument.From)),
    ];

    /// <summary>A required file with the default format prints as its path, as docker compose does.</summary>
    private static object EnvFile(EnvFileReference file) => file is { Required: true, Format: null }
        ? file.Path
        : OutputValues.Always(("path", file.Path), ("required", file.Required), ("format", file.Format));

    private static OrderedMap HealthCheck(HealthCheck check) => OutputValues.Always(
        ("test", check.Test is { } test ? test.ToList() : null),
        ("timeout", OutputValues.Duration(check.Timeout)),
        ("interval", OutputValues.Duration(check.Interval)),
        ("retries", check.Retries),
        ("start_period", OutputValues.Duration(check.StartPeriod)),
        ("start_interval", OutputValues.Duration(check.StartInterval)),
        ("disable", OutputValues.Flag(check.Disable)));
}
