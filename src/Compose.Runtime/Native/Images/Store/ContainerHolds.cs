using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// Which containers use which image, so removal refuses (or, forced, only untags) an image a container still needs.
/// A hold is a file naming the image and the container's directory; it lapses by itself when that directory is
/// gone, so the container half of the driver releases a hold just by removing the container.
/// </summary>
internal sealed class ContainerHolds(StoreLayout layout)
{
    public void Hold(string imageId, string containerDirectory)
    {
        var directory = Path.GetFullPath(containerDirectory);
        var temporary = layout.NewTemporaryPath("hold");
        File.WriteAllText(temporary, $"{imageId}\n{directory}\n");
        File.Move(temporary, HoldFile(directory), overwrite: true);
    }

    /// <summary>Image id → the container directories holding it; lapsed holds are deleted on the way.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Current()
    {
        var holders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!Directory.Exists(layout.Holds))
        {
            return ImmutableDictionary<string, ImmutableArray<string>>.Empty;
        }

        foreach (var file in Directory.EnumerateFiles(layout.Holds))
        {
            var lines = File.ReadAllLines(file);
            if (lines.Length < 2 || !Directory.Exists(lines[1]))
            {
                File.Delete(file);
                continue;
            }

            (holders.TryGetValue(lines[0], out var list) ? list : holders[lines[0]] = []).Add(lines[1]);
        }

        return holders.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    private string HoldFile(string containerDirectory) =>
        Path.Combine(layout.Holds, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(containerDirectory)))[..32]);
}
