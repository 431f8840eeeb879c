using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Binding;
using Compose.Model;
using Compose.Observing;
using Compose.Runtime;

namespace Compose.Planning.OneOff;

/// <summary>
/// The container of a <c>run</c>: the service's own spec (same image, environment, mounts, networks) with
/// docker compose's one-off changes: named <c>&lt;project&gt;-&lt;service&gt;-run-&lt;id&gt;</c>, labelled
/// <c>com.docker.compose.oneoff=True</c>, no published ports unless <c>--service-ports</c>, no network aliases unless
/// <c>--use-aliases</c>, never restarted; then the flags' overrides.
/// </summary>
internal static class OneOffSpecBuilder
{
    public const string SlugLabel = ComposeLabels.Prefix + "slug";

    public static ContainerCreateSpec Build(Project project, OneOffOptions options)
    {
        var service = project.GetService(options.Service);
        var slug = options.Slug;
        var spec = ContainerSpecFactory.Create(project, service with { ContainerName = null }, 1, configHash: "");
        return spec with
        {
            Name = options.Name ?? $"{project.Name}-{service.Name}-run-{slug[..12]}",
            Labels = spec.Labels.SetItem(ComposeLabels.OneOff, ComposeLabels.True).SetItem(SlugLabel, slug).SetItems(KeyValues(options.Labels, "-l")),
            Command = options.Command.IsEmpty ? spec.Command : options.Command,
            Entrypoint = options.Entrypoint is { } entrypoint ? [.. ShellWords.Split(entrypoint)] : spec.Entrypoint,
            Environment = MergeEnvironment(spec.Environment, options.Environment),
            User = options.User ?? spec.User,
            WorkingDirectory = options.WorkingDirectory ?? spec.WorkingDirectory,
            Ports = [.. (options.ServicePorts ? spec.Ports : []), .. options.Publish.SelectMany(Publish)],
            Networks = options.UseAliases ? spec.Networks : [.. spec.Networks.Select(n => n with { Aliases = [] })],
            Mounts = [.. spec.Mounts, .. options.Volumes.Select(v => VolumeArgument.Parse(v, project))],
            RestartPolicy = new RestartPolicySpec("no"),
            AutoRemove = options.AutoRemove,
            CapAdd = [.. spec.CapAdd, .. options.CapAdd],
            CapDrop = [.. spec.CapDrop, .. options.CapDrop],
            Tty = options.Tty,
            OpenStdin = options.Interactive,
            AttachStdin = options.Interactive,
            AttachStdout = options.Interactive,
            AttachStderr = options.Interactive,
        };
    }

    /// <summary><c>-e</c> entries replace the service's value for the same name.</summary>
    private static ImmutableArray<string> MergeEnvironment(ImmutableArray<string> service, ImmutableArray<string> overrides)
    {
        var names = overrides.Select(e => e.Split('=', 2)[0]).ToHashSet(StringComparer.Ordinal);
        return [.. service.Where(e => !names.Contains(e.Split('=', 2)[0])), .. overrides];
    }

    private static IEnumerable<KeyValuePair<string, string>> KeyValues(IEnumerable<string> entries, string flag) =>
        entries.Select(e => e.Split('=', 2) is [var key, var value] && key.Length > 0
            ? KeyValuePair.Create(key, value)
            : throw new UsageException($"{flag} '{e}' is not KEY=VALUE."));

    private static IEnumerable<PortBinding> Publish(string text)
    {
        try
        {
            return PortSyntax.Parse(text).Select(p => new PortBinding(p.Target, p.Protocol, p.HostIp, p.Published));
        }
        catch (ComposeException e)
        {
            throw new UsageException($"-p '{text}': {e.Message}");
        }
    }
}
