using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// The short volume syntax <c>[SOURCE:]TARGET[:OPTIONS]</c> as docker compose reads it: Windows drive letters are
/// not separators; options are comma-separated (<c>ro</c>, <c>rw</c>, <c>nocopy</c>, <c>z</c>, <c>Z</c>, propagation,
/// consistency). Paths are left as written; the binder resolves them.
/// </summary>
public static class VolumeSyntax
{
    private static readonly HashSet<string> Propagations = ["shared", "rshared", "slave", "rslave", "private", "rprivate"];
    private static readonly HashSet<string> Consistencies = ["consistent", "cached", "delegated"];

    public static ServiceMount Parse(string spec)
    {
        var parts = Split(spec);
        if (parts.Count == 0 || parts.Any(p => p.Length == 0))
        {
            throw new FormatException("expected [SOURCE:]TARGET[:OPTIONS] with nothing empty between colons");
        }

        if (parts.Count > 3)
        {
            throw new FormatException("too many colons; expected [SOURCE:]TARGET[:OPTIONS]");
        }

        var source = parts.Count > 1 ? parts[0] : null;
        var target = parts.Count > 1 ? parts[1] : parts[0];
        var mount = Typed(source, target);
        return parts.Count == 3 ? ApplyOptions(mount, parts[2]) : mount;
    }

    private static ServiceMount Typed(string? source, string target) =>
        source is not null && PathSyntax.IsHostPath(source)
            ? new ServiceMount { Type = ServiceMount.Bind, Source = source, Target = target, BindOptions = new MountBindOptions { CreateHostPath = true } }
            : new ServiceMount { Type = ServiceMount.Volume, Source = source, Target = target, VolumeOptions = new MountVolumeOptions() };

    private static ServiceMount ApplyOptions(ServiceMount mount, string options)
    {
        foreach (var option in options.Split(','))
        {
            mount = option switch
            {
                "ro" => mount with { ReadOnly = true },
                "rw" => mount with { ReadOnly = false },
                "nocopy" => mount with { VolumeOptions = (mount.VolumeOptions ?? new MountVolumeOptions()) with { NoCopy = true } },
                "z" or "Z" when mount.BindOptions is { } bind => mount with { BindOptions = bind with { Selinux = option } },
                _ when Propagations.Contains(option) && mount.BindOptions is { } bind => mount with { BindOptions = bind with { Propagation = option } },
                _ when Consistencies.Contains(option) => mount with { Consistency = option },
                _ => throw new FormatException($"'{option}' is not a volume option here; use ro, rw, nocopy (volumes), z, Z or a propagation mode (binds)"),
            };
        }

        return mount;
    }

    /// <summary>Splits on colons, except the one after a Windows drive letter (<c>C:\data:/data</c>).</summary>
    private static List<string> Split(string spec)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < spec.Length; i++)
        {
            var driveLetter = i - start == 1 && char.IsAsciiLetter(spec[start]) && i + 1 < spec.Length && spec[i + 1] is '\\' or '/';
            if (spec[i] == ':' && !driveLetter)
            {
                parts.Add(spec[start..i]);
                start = i + 1;
            }
        }

        parts.Add(spec[start..]);
        return parts;
    }
}
