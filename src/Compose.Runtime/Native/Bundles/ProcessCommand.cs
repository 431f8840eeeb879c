using System.Collections.Immutable;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images;

namespace Compose.Runtime.Native.Bundles;

/// <summary>
/// The process a container runs, by the engine's rules: an entrypoint given with the container replaces the image's
/// and drops the image's command; a command given replaces the image's command; the environment is the image's with
/// the container's entries winning by name (a name without <c>=</c> unsets it), plus <c>PATH</c>, <c>HOSTNAME</c>,
/// <c>HOME</c> and (with a TTY) <c>TERM</c>.
/// </summary>
internal static class ProcessCommand
{
    public const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public static (ImmutableArray<string> Entrypoint, ImmutableArray<string> Command) Resolve(ContainerCreateSpec spec, NativeImageConfig image)
    {
        var entrypoint = spec.Entrypoint ?? image.Entrypoint;
        var command = spec.Command ?? (spec.Entrypoint is null ? image.Cmd : []);
        if (entrypoint.IsEmpty && command.IsEmpty)
        {
            throw new ContainerRuntimeException("create container", spec.Name,
                $"no command specified: image {spec.Image} has no entrypoint or command; set 'command:' or 'entrypoint:'");
        }

        return (entrypoint, command);
    }

    public static ImmutableArray<string> Environment(ContainerCreateSpec spec, NativeImageConfig image, string hostname, string home)
    {
        var entries = new List<KeyValuePair<string, string>>();
        void Set(string entry)
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                // A name without a value unsets it (the engine's rule): compose passes a bare environment entry
                // set nowhere that way, so the image's value is gone too.
                entries.RemoveAll(e => e.Key == entry);
                return;
            }

            var key = entry[..equals];
            var value = entry[(equals + 1)..];
            // A later entry replaces an earlier one in its place, as the engine merges the image's and the container's.
            var index = entries.FindIndex(e => e.Key == key);
            if (index >= 0)
            {
                entries[index] = new(key, value);
            }
            else
            {
                entries.Add(new(key, value));
            }
        }

        Set("PATH=" + DefaultPath);
        Set("HOSTNAME=" + hostname);
        foreach (var entry in image.Env.Concat(spec.Environment))
        {
            Set(entry);
        }

        if (spec.Tty && entries.All(e => e.Key != "TERM"))
        {
            Set("TERM=xterm");
        }

        if (entries.All(e => e.Key != "HOME"))
        {
            Set("HOME=" + home);
        }

        return [.. entries.Select(e => $"{e.Key}={e.Value}")];
    }
}
