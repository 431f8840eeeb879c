using Compose.Errors;
using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning.OneOff;

/// <summary>
/// <c>run -v SOURCE:TARGET[:ro]</c>: a path (absolute, or relative to the project directory) is a bind mount; a
/// name is a volume (the project's own when it declares one by that key); <c>-v /target</c> alone is anonymous.
/// </summary>
internal static class VolumeArgument
{
    public static MountSpec Parse(string text, Project project)
    {
        var parts = text.Split(':');
        var (source, target, mode) = parts switch
        {
            [var t] => (null, t, ""),
            [var s, var t] => (s, t, ""),
            [var s, var t, var m] => (s, t, m),
            _ => throw new UsageException($"-v '{text}' is not SOURCE:TARGET[:ro|rw]."),
        };
        if (!target.StartsWith('/'))
        {
            throw new UsageException($"-v '{text}': the target '{target}' must be an absolute path in the container.");
        }

        var readOnly = mode.Split(',').Contains("ro");
        if (source is null)
        {
            return new MountSpec { Type = MountType.Volume, Target = target, ReadOnly = readOnly };
        }

        if (source.StartsWith('/') || source.StartsWith('.') || source.StartsWith('~'))
        {
            return new MountSpec
            {
                Type = MountType.Bind,
                Source = Path.GetFullPath(source, project.WorkingDirectory),
                Target = target,
                ReadOnly = readOnly,
                BindCreateHostPath = true,
            };
        }

        var name = project.Volumes.TryGetValue(source, out var declared) && declared.Name is { } projectName ? projectName : source;
        return new MountSpec { Type = MountType.Volume, Source = name, Target = target, ReadOnly = readOnly };
    }
}
