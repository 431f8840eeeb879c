using System.Globalization;
using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning.Specs;

/// <summary>
/// The container's restart policy: <c>restart:</c> (<c>on-failure:3</c> → on-failure with 3 retries), else
/// <c>deploy.restart_policy</c> (<c>none</c> → no, <c>any</c> → always, <c>on-failure</c> with <c>max_attempts</c>).
/// </summary>
public static class RestartPolicySpecFactory
{
    public static RestartPolicySpec? Create(Service service)
    {
        if (service.Restart is { } restart)
        {
            var colon = restart.IndexOf(':');
            return colon < 0
                ? new RestartPolicySpec(restart)
                : new RestartPolicySpec(restart[..colon], int.Parse(restart[(colon + 1)..], CultureInfo.InvariantCulture));
        }

        return service.Deploy?.RestartPolicy is { } policy
            ? policy.Condition switch
            {
                "none" => new RestartPolicySpec("no"),
                "on-failure" => new RestartPolicySpec("on-failure", policy.MaxAttempts),
                _ => new RestartPolicySpec("always"),
            }
            : null;
    }
}
