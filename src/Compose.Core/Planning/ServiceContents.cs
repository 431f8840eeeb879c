using Compose.Model;

namespace Compose.Planning;

/// <summary>
/// The contents a service's containers receive besides the service definition itself: the secrets and configs it
/// uses, keyed <c>secret:NAME</c> / <c>config:NAME</c>. Their digests (read before planning) enter the config hash,
/// so a changed secret file recreates exactly the containers that mount it.
/// </summary>
public static class ServiceContents
{
    /// <summary>
    /// The keys of the contents <paramref name="service"/> uses. The model does not carry secrets and configs yet
    /// (loader issue); until it does there is nothing to list.
    /// </summary>
    public static IEnumerable<string> KeysOf(Service service) => [];
}
