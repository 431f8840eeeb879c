using System.Globalization;
using Compose.Model;
using Compose.Observing;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>Container names as docker compose gives them: <c>&lt;project&gt;-&lt;service&gt;-&lt;n&gt;</c> unless <c>container_name</c> is set.</summary>
public static class ContainerNames
{
    public static string For(string project, Service service, int number) =>
        service.ContainerName ?? $"{project}-{service.Name}-{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The name a replacement is created under while the old container still holds the real name: the old id's
    /// first 12 characters before the final name (as docker compose does), so it is deterministic and unique.
    /// </summary>
    public static string Temporary(ContainerInfo replaced, string finalName) =>
        $"{replaced.Id[..Math.Min(12, replaced.Id.Length)]}_{finalName}";

    /// <summary>
    /// Whether <paramref name="name"/> is the temporary name of a replacement for <paramref name="finalName"/> (an
    /// interrupted recreate left it so). Other names (docker-compose v1's <c>proj_web_1</c>) are left as they are.
    /// </summary>
    public static bool IsTemporaryFor(string name, string finalName) =>
        name.Length > finalName.Length + 1
        && name.EndsWith("_" + finalName, StringComparison.Ordinal)
        && name[..^(finalName.Length + 1)].All(char.IsAsciiLetterOrDigit);

    /// <summary>The resource id used in plans and progress: <c>service:web:1</c>.</summary>
    public static string Resource(string service, int number) =>
        $"service:{service}:{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The resource id of a listed container, from its labels.</summary>
    public static string Resource(ContainerInfo container) =>
        ContainerFacts.ServiceOf(container) is { } service ? Resource(service, ContainerFacts.NumberOf(container)) : $"container:{container.Name}";
}
