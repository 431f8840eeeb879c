using Compose.Model;

namespace Compose.Output;

/// <summary>The orchestration keys of a service: dependencies, replicas, deploy, develop, logging, providers.</summary>
internal static class ServiceOrchestrationEntries
{
    public static IEnumerable<(string Key, object? Value)> For(Service service) =>
    [
        ("depends_on", OutputValues.Map(service.DependsOn, d => OutputValues.Always(
            ("condition", d.Condition), ("required", d.Required), ("restart", OutputValues.Flag(d.Restart))))),
        ("profiles", OutputValues.List(service.Profiles)),
        ("container_name", service.ContainerName),
        ("scale", service.Deploy?.Replicas is null ? service.Scale : null), // deploy.replicas already says it
        ("deploy", service.Deploy is { } deploy ? DeployDocument.From(deploy) : null),
        ("develop", service.Develop is { } develop ? OutputValues.Always(("watch", OutputValues.List(develop.Watch, Watch))) : null),
        ("logging", service.Logging is { } logging ? OutputValues.Always(("driver", logging.Driver), ("options", OutputValues.Map(logging.Options))) : null),
        ("attach", service.Attach),
        ("provider", service.Provider is { } provider ? Provider(provider) : null),
        ("models", OutputValues.Map(service.Models, m => OutputValues.Object(("endpoint_var", m.EndpointVariable), ("model_var", m.ModelVariable)))),
    ];

    private static object? Watch(WatchRule rule) => OutputValues.Always(
        ("path", rule.Path),
        ("action", rule.Action),
        ("target", rule.Target),
        ("ignore", OutputValues.List(rule.Ignore)),
        ("include", OutputValues.List(rule.Include)),
        ("initial_sync", OutputValues.Flag(rule.InitialSync)),
        ("exec", rule.Exec is { } exec ? HookDocument.From(exec) : null));

    /// <summary>An option given once prints as a scalar, a repeated one as a list.</summary>
    private static OrderedMap Provider(ServiceProvider provider) => OutputValues.Always(
        ("type", provider.Type),
        ("options", OutputValues.Map(provider.Options, values => values.Length == 1 ? values[0] : values.ToList())));
}
