using Compose.Model;

namespace Compose.Hashing;

/// <summary>
/// The service as version 1 of the config hash saw it. The model now holds things the loader used to leave out;
/// the hash input leaves them out again, so a container an earlier composectl labelled hashes the same and an
/// upgrade recreates nothing. Kept apart from <see cref="ConfigHash"/> so each such difference is stated here:
/// <list type="bullet">
/// <item>A bare <c>environment: [NAME]</c> set nowhere is <c>NAME: null</c> in the model (as in docker compose);
/// version 1 never saw it, the loader dropped it. One case changes on purpose: when an <c>env_file</c> sets NAME,
/// version 1 saw the file's value, which the bare entry now hides, so that container is recreated without it
/// (docs/compatibility.md, "Resources").</item>
/// </list>
/// Also unchanged by construction: <c>env_file</c>/<c>label_file</c> (never hashed; their contents are, through
/// <see cref="Service.Environment"/> and <see cref="Service.Labels"/>), and the default target of a short-syntax
/// secret, which only <c>config</c> prints (the model keeps it unset).
/// </summary>
public static class HashView
{
    public static Service V1(Service service) =>
        service.Environment.Values.Any(value => value is null)
            ? service with { Environment = ModelMaps.From(service.Environment.Where(entry => entry.Value is not null)) }
            : service;
}
