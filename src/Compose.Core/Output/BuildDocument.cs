using Compose.Model;

namespace Compose.Output;

/// <summary><c>build:</c> in long syntax, keys in docker compose's order.</summary>
internal static class BuildDocument
{
    public static OrderedMap From(ServiceBuild build) => OutputValues.Always(
        ("context", build.Context),
        ("dockerfile", build.Dockerfile),
        ("dockerfile_inline", build.DockerfileInline),
        ("args", OutputValues.Map(build.Args)),
        ("ssh", OutputValues.List(build.Ssh)),
        ("labels", OutputValues.Map(build.Labels)),
        ("cache_from", OutputValues.List(build.CacheFrom)),
        ("cache_to", OutputValues.List(build.CacheTo)),
        ("no_cache", OutputValues.Flag(build.NoCache)),
        ("additional_contexts", OutputValues.Map(build.AdditionalContexts)),
        ("network", build.Network),
        ("target", build.Target),
        ("secrets", OutputValues.List(build.Secrets, ServiceStorageEntries.FileReference)),
        ("tags", OutputValues.List(build.Tags)),
        ("ulimits", ServiceResourceEntries.Ulimits(build.Ulimits)),
        ("platforms", OutputValues.List(build.Platforms)),
        ("privileged", OutputValues.Flag(build.Privileged)),
        ("pull", OutputValues.Flag(build.Pull)),
        ("extra_hosts", OutputValues.ExtraHosts(build.ExtraHosts)),
        ("isolation", build.Isolation),
        ("shm_size", OutputValues.Bytes(build.ShmSize)),
        ("entitlements", OutputValues.List(build.Entitlements)),
        ("provenance", build.Provenance),
        ("sbom", build.Sbom));
}
