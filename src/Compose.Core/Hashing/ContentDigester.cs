using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Compose.Model;
using Compose.Planning;

namespace Compose.Hashing;

/// <summary>
/// Digests of the secret and config contents the project's services use (<c>secret:NAME</c> / <c>config:NAME</c>):
/// a file's bytes (a directory's files, by relative path), inline content, or a variable's value. Only the digest is
/// kept; a missing file or unset variable gets a marker, so it still hashes differently from any content.
/// </summary>
public static class ContentDigester
{
    public static async Task<ImmutableSortedDictionary<string, string>> DigestAsync(Project project, CancellationToken cancellationToken)
    {
        var used = project.Services.Values.SelectMany(ServiceContents.KeysOf).ToHashSet(StringComparer.Ordinal);
        var sources = project.Secrets.Select(s => (Key: $"secret:{s.Key}", File: s.Value))
            .Concat(project.Configs.Select(c => (Key: $"config:{c.Key}", File: c.Value)))
            .Where(s => used.Contains(s.Key))
            .ToList();
        var digests = await Task.WhenAll(sources.Select(s => DigestAsync(project, s.File, cancellationToken))).ConfigureAwait(false);
        return sources.Select(s => s.Key).Zip(digests).ToImmutableSortedDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private static async Task<string> DigestAsync(Project project, FileObject file, CancellationToken cancellationToken)
    {
        if (file.File is { } path)
        {
            return Directory.Exists(path) ? await DirectoryDigestAsync(path, cancellationToken).ConfigureAwait(false)
                : File.Exists(path) ? Hex(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)))
                : "missing";
        }

        if (file.Content is { } content)
        {
            return Hex(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        }

        return file.Environment is { } variable && project.Environment.TryGetValue(variable, out var value)
            ? Hex(SHA256.HashData(Encoding.UTF8.GetBytes(value)))
            : file.External ? "external" : "unset";
    }

    private static async Task<string> DirectoryDigestAsync(string directory, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, path) + "\0"));
            hash.AppendData(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
        }

        return Hex(hash.GetHashAndReset());
    }

    private static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);
}
