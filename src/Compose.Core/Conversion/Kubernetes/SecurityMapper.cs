using System.Globalization;
using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// The container's security context: a numeric <c>user</c> (<c>uid[:gid]</c>), <c>read_only</c>, <c>cap_add</c> and
/// <c>cap_drop</c>, <c>security_opt: no-new-privileges</c>. A user by name cannot be mapped (Kubernetes takes
/// numbers); <c>privileged</c> is left out, since a privileged pod is refused by the baseline Pod Security Standard.
/// </summary>
public static class SecurityMapper
{
    public static V1SecurityContext? Map(ConversionContext context, Service service)
    {
        var path = $"services.{service.Name}";
        var security = new V1SecurityContext();
        if (service.User is { Length: > 0 } user)
        {
            var parts = user.Split(':', 2);
            if (long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var uid)
                && (parts.Length == 1 || long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                security.RunAsUser = uid;
                security.RunAsGroup = parts.Length == 2 ? long.Parse(parts[1], CultureInfo.InvariantCulture) : null;
            }
            else
            {
                context.Warn(WarningKinds.NamedUser, $"{path}.user", $"Kubernetes takes a numeric user; '{user}' is left to the image, so write its uid (and gid) to keep it.");
            }
        }

        if (service.Privileged)
        {
            context.Warn(WarningKinds.Privileged, $"{path}.privileged", "privileged is left out: clusters refuse privileged pods by default; grant the capabilities it needs with cap_add instead.");
        }

        security.ReadOnlyRootFilesystem = service.ReadOnly ? true : null;
        if (!service.CapAdd.IsEmpty || !service.CapDrop.IsEmpty)
        {
            security.Capabilities = new V1Capabilities
            {
                Add = service.CapAdd.IsEmpty ? null : [.. service.CapAdd.Select(Capability)],
                Drop = service.CapDrop.IsEmpty ? null : [.. service.CapDrop.Select(Capability)],
            };
        }

        foreach (var option in service.SecurityOpt)
        {
            if (option.Replace('=', ':') is "no-new-privileges" or "no-new-privileges:true")
            {
                security.AllowPrivilegeEscalation = false;
            }
            else
            {
                context.Warn(WarningKinds.Unsupported, $"{path}.security_opt", $"security_opt '{option}' has no mapping and is left out; set the pod's seccompProfile or appArmorProfile instead.");
            }
        }

        return security is { RunAsUser: null, ReadOnlyRootFilesystem: null, Capabilities: null, AllowPrivilegeEscalation: null } ? null : security;
    }

    /// <summary>Kubernetes names capabilities without the <c>CAP_</c> prefix the engine also accepts.</summary>
    private static string Capability(string name) =>
        name.StartsWith("CAP_", StringComparison.OrdinalIgnoreCase) ? name[4..].ToUpperInvariant() : name.ToUpperInvariant();
}
