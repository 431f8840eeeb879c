using System.Collections.Immutable;
using Compose.Errors;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Images;

/// <summary>
/// Turns a service's <c>build</c> section into the engine's build. The engine's classic builder is what composectl
/// drives (no BuildKit session), so what only BuildKit can do is refused with a message (secrets, ssh, additional
/// contexts, several platforms) or left out with a warning (cache_to, attestations, entitlements).
/// </summary>
public static class BuildSpecFactory
{
    private const string NoBuildKit = "BuildKit, which composectl does not drive (it builds with the engine's classic builder); " +
        "build this image with 'docker buildx build' and name it in image:, or remove the setting";

    public static PreparedBuild Prepare(Project project, Service service, BuildOverrides overrides)
    {
        var build = service.Build ?? throw new ArgumentException($"service {service.Name} has no build section", nameof(service));
        var path = $"services.{service.Name}.build";
        Refuse(build, path);
        var reference = service.ImageName(project.Name);
        var spec = new ImageBuildSpec
        {
            Tags = [.. new[] { reference }.Concat(build.Tags).Distinct(StringComparer.Ordinal)],
            Dockerfile = build.Dockerfile ?? "Dockerfile",
            BuildArgs = Args(build, overrides),
            Target = build.Target,
            Labels = Labels(project, service, build),
            NoCache = build.NoCache || overrides.NoCache,
            Pull = build.Pull || overrides.Pull,
            NetworkMode = build.Network,
            ExtraHosts = [.. build.ExtraHosts.SelectMany(h => h.Value.Select(address => $"{h.Key}:{address}"))],
            ShmSize = build.ShmSize,
            CacheFrom = [.. build.CacheFrom.Select(CacheSource).OfType<string>()],
            Platform = Platform(service, build, path),
            RemoteContext = build.IsRemote ? build.Context : null,
        };
        return new PreparedBuild
        {
            Reference = reference,
            Service = service.Name,
            Spec = spec,
            ContextDirectory = build.IsRemote ? null : LocalContext(build, path),
            DockerfileInline = build.DockerfileInline,
            Warnings = Warnings(build, path),
        };
    }

    private static void Refuse(ServiceBuild build, string path)
    {
        if (!build.Secrets.IsEmpty)
        {
            throw new ComposeException($"{path}.secrets: build secrets need {NoBuildKit}.");
        }

        if (!build.Ssh.IsEmpty)
        {
            throw new ComposeException($"{path}.ssh: forwarding SSH agents into a build needs {NoBuildKit}.");
        }

        if (!build.AdditionalContexts.IsEmpty)
        {
            throw new ComposeException($"{path}.additional_contexts: additional build contexts need {NoBuildKit}.");
        }

        if (build.IsRemote && build.DockerfileInline is not null)
        {
            throw new ComposeException($"{path}.dockerfile_inline: an inline Dockerfile needs a local context directory, not the remote context {build.Context}.");
        }
    }

    /// <summary>The file's arguments (those without a value, and unset in the shell, are left to the Dockerfile's default), then <c>--build-arg</c>.</summary>
    private static ImmutableSortedDictionary<string, string> Args(ServiceBuild build, BuildOverrides overrides) =>
        build.Args.Where(a => a.Value is not null)
            .Select(a => KeyValuePair.Create(a.Key, a.Value!))
            .ToImmutableSortedDictionary(StringComparer.Ordinal)
            .SetItems(overrides.Args);

    /// <summary>The file's labels, then the project and service, as docker compose labels its builds (<c>down --rmi local</c> finds them).</summary>
    private static ImmutableSortedDictionary<string, string> Labels(Project project, Service service, ServiceBuild build) =>
        build.Labels.WithComparers(StringComparer.Ordinal)
            .SetItem(ComposeLabels.Project, project.Name)
            .SetItem(ComposeLabels.Service, service.Name);

    /// <summary>Plain image references go to the engine; buildx's <c>type=registry,ref=X</c> becomes X; other cache types are BuildKit's alone.</summary>
    private static string? CacheSource(string entry)
    {
        if (!entry.Contains('='))
        {
            return entry;
        }

        var fields = entry.Split(',').Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        return fields.GetValueOrDefault("type", "registry") == "registry" ? fields.GetValueOrDefault("ref") : null;
    }

    /// <summary>The classic builder makes one platform: the service's, else the only one listed.</summary>
    private static string? Platform(Service service, ServiceBuild build, string path)
    {
        if (service.Platform is { } platform)
        {
            return build.Platforms.IsEmpty || build.Platforms.Contains(platform)
                ? platform
                : throw new ComposeException($"{path}.platforms: the service's platform {platform} is not among the build's platforms ({string.Join(", ", build.Platforms)}); add it.");
        }

        return build.Platforms.Length switch
        {
            0 => null,
            1 => build.Platforms[0],
            _ => throw new ComposeException(
                $"{path}.platforms: building for several platforms ({string.Join(", ", build.Platforms)}) needs BuildKit; the engine's classic builder makes one. Keep one, or set the service's platform: to the one to run."),
        };
    }

    private static string LocalContext(ServiceBuild build, string path)
    {
        if (!Directory.Exists(build.Context))
        {
            throw new ComposeException($"{path}.context: the build context {build.Context} does not exist or is not a directory.");
        }

        if (build.DockerfileInline is null && !File.Exists(Path.GetFullPath(build.Dockerfile ?? "Dockerfile", build.Context)))
        {
            throw new ComposeException($"{path}.dockerfile: {Path.GetFullPath(build.Dockerfile ?? "Dockerfile", build.Context)} does not exist.");
        }

        return build.Context;
    }

    private static ImmutableArray<string> Warnings(ServiceBuild build, string path)
    {
        var ignored = new List<string>();
        Add(ignored, !build.CacheTo.IsEmpty, "cache_to");
        Add(ignored, build.CacheFrom.Any(c => CacheSource(c) is null), "cache_from entries other than images");
        Add(ignored, build.Privileged, "privileged");
        Add(ignored, !build.Entitlements.IsEmpty, "entitlements");
        Add(ignored, !build.Ulimits.IsEmpty, "ulimits");
        Add(ignored, build.Provenance is not null, "provenance");
        Add(ignored, build.Sbom is not null, "sbom");
        return ignored.Count == 0
            ? []
            : [$"{path}: {string.Join(", ", ignored)} ignored: the engine's classic builder, which composectl drives, cannot do {(ignored.Count == 1 ? "it" : "them")}."];
    }

    private static void Add(List<string> list, bool condition, string name)
    {
        if (condition)
        {
            list.Add(name);
        }
    }
}
