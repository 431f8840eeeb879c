using System.Globalization;
using Compose.Model;

namespace Compose.Planning;

/// <summary>Container names as docker compose gives them: <c>&lt;project&gt;-&lt;service&gt;-&lt;n&gt;</c> unless <c>container_name</c> is set.</summary>
public static class ContainerNames
{
    public static string For(string project, Service service, int number) =>
        service.ContainerName ?? $"{project}-{service.Name}-{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The resource id used in plans and progress: <c>service:web:1</c>.</summary>
    public static string Resource(string service, int number) =>
        $"service:{service}:{number.ToString(CultureInfo.InvariantCulture)}";
}
