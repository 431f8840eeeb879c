using Compose.Runtime.Errors;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>Finds a container by id, name or unique id prefix, as the engine does.</summary>
internal static class ContainerLookup
{
    public static async Task<ContainerRecord?> FindAsync(StateStore store, string idOrName, CancellationToken cancellationToken)
    {
        var name = idOrName.TrimStart('/');
        if (store.ResolveName(name) is { } named && await store.ReadContainerAsync(named, cancellationToken).ConfigureAwait(false) is { } byName)
        {
            return byName;
        }

        if (idOrName.Length == 64)
        {
            return await store.ReadContainerAsync(idOrName, cancellationToken).ConfigureAwait(false);
        }

        var matches = idOrName.Length >= 1 ? store.ContainerIds().Where(id => id.StartsWith(idOrName, StringComparison.Ordinal)).Take(2).ToList() : [];
        return matches.Count == 1 ? await store.ReadContainerAsync(matches[0], cancellationToken).ConfigureAwait(false) : null;
    }

    public static async Task<ContainerRecord> GetAsync(StateStore store, string idOrName, string operation, CancellationToken cancellationToken) =>
        await FindAsync(store, idOrName, cancellationToken).ConfigureAwait(false)
        ?? throw new ResourceNotFoundException(operation, idOrName, $"No such container: {idOrName}");
}
