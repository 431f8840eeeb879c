using Compose.Errors;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Service keys about the image, orchestration and tooling.</summary>
internal static class ServiceImageKeys
{
    public static IEnumerable<KeyValuePair<string, ServiceKeyBinder>> Entries =>
    [
        new("image", (s, v, p, c) => s with { Image = NodeReader.String(v, p) is { Length: > 0 } image ? image : null }),
        new("build", (s, v, p, c) => s with { Build = new BuildBinder(c).Bind(v, p) }),
        new("pull_policy", (s, v, p, c) => s with { PullPolicy = ServiceValueRules.PullPolicy(v, p) }),
        new("pull_refresh_after", (s, v, p, c) => s with { PullRefreshAfter = NodeReader.String(v, p) }),
        new("platform", (s, v, p, c) => s with { Platform = NodeReader.String(v, p) }),
        new("provider", (s, v, p, c) => s with { Provider = ProviderBinder.Bind(v, p) }),
        new("models", (s, v, p, c) => s with { Models = ServiceModelsBinder.Bind(v, p) }),
        new("attach", (s, v, p, c) => s with { Attach = NodeReader.Bool(v, p) }),
        new("container_name", (s, v, p, c) => s with { ContainerName = ServiceValueRules.ContainerName(v, p) }),
        new("scale", (s, v, p, c) => s with { Scale = ServiceValueRules.InRange(v, p, 0, int.MaxValue) }),
        new("depends_on", (s, v, p, c) => s with { DependsOn = DependencyBinder.Bind(v, p) }),
        new("profiles", (s, v, p, c) => s with { Profiles = BindingLists.Items(v, p, ServiceValueRules.Profile) }),
        new("deploy", (s, v, p, c) => s with { Deploy = DeployBinder.Bind(v, p) }),
        new("develop", (s, v, p, c) => s with { Develop = new DevelopBinder(c).Bind(v, p) }),
        new("logging", (s, v, p, c) => s with { Logging = LoggingBinder.Bind(v, p) }),

        // Resolved by the Extends stage before binding; one left in the tree means that stage did not run.
        new("extends", (s, v, p, c) => throw new ComposeFileException(v.Location, p, "'extends' is not supported by this version of composectl yet.")),
    ];
}
