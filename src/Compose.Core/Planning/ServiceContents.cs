using System.Collections.Immutable;
using System.Globalization;
using Compose.Errors;
using Compose.Model;

namespace Compose.Planning;

/// <summary>
/// The secrets and configs a service's containers receive. Their contents' digests (read before planning, keyed
/// <c>secret:NAME</c> / <c>config:NAME</c>) enter the config hash, so a changed secret recreates exactly the
/// containers that use it. File sources are bind-mounted read-only (the spec mapping does that); inline content,
/// variables, and files that need their own <c>uid</c>/<c>gid</c>/<c>mode</c> are copied in before the container starts.
/// </summary>
public static class ServiceContents
{
    /// <summary>Default permission bits of a copied secret or config: readable by all, writable by none.</summary>
    public const int DefaultMode = 0x124; // 0444

    public static IEnumerable<string> KeysOf(Service service) =>
        service.Secrets.Select(s => $"secret:{s.Source}").Concat(service.Configs.Select(c => $"config:{c.Source}")).Distinct(StringComparer.Ordinal);

    public static ImmutableArray<InjectedFile> InjectedInto(Project project, Service service) =>
    [
        .. Injected(project, service, service.Secrets, project.Secrets, "secret", source => $"/run/secrets/{source}", "/run/secrets/"),
        .. Injected(project, service, service.Configs, project.Configs, "config", source => $"/{source}", "/"),
    ];

    /// <summary>Where a secret or config appears in the container: its target (relative ones under the default directory), else the default.</summary>
    public static string TargetOf(ServiceFileReference reference, Func<string, string> defaultTarget, string relativeTo) =>
        reference.Target is null ? defaultTarget(reference.Source)
        : reference.Target.StartsWith('/') ? reference.Target
        : relativeTo + reference.Target;

    private static IEnumerable<InjectedFile> Injected(
        Project project, Service service, IEnumerable<ServiceFileReference> references, IReadOnlyDictionary<string, FileObject> defined,
        string kind, Func<string, string> defaultTarget, string relativeTo)
    {
        foreach (var reference in references)
        {
            if (!defined.TryGetValue(reference.Source, out var file) || file.External)
            {
                continue;
            }

            var ownedFile = file.File is not null && (reference.Uid is not null || reference.Gid is not null || reference.Mode is not null);
            if (file.File is not null && !ownedFile)
            {
                continue;
            }

            yield return new InjectedFile(
                TargetOf(reference, defaultTarget, relativeTo),
                file.File,
                file.File is null ? file.Content ?? Variable(project, service, kind, reference.Source, file) : null,
                Id(reference.Uid, service, kind, reference.Source, "uid"),
                Id(reference.Gid, service, kind, reference.Source, "gid"),
                reference.Mode ?? DefaultMode);
        }
    }

    private static string Variable(Project project, Service service, string kind, string name, FileObject file) =>
        file.Environment is { } variable && project.Environment.TryGetValue(variable, out var value)
            ? value
            : throw new ComposeException(
                $"services.{service.Name}.{kind}s: {kind} {name} comes from the environment variable {file.Environment}, which is not set; set it (or put it in .env).");

    private static int Id(string? text, Service service, string kind, string name, string what) =>
        text is null ? 0
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
        : throw new ComposeException($"services.{service.Name}.{kind}s: {what} '{text}' of {kind} {name} is not a number; use a numeric id.");
}
