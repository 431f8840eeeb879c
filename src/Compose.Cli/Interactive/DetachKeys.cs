using System.Collections.Immutable;
using Compose.Errors;

namespace Compose.Cli.Interactive;

/// <summary>
/// The key sequence that leaves an interactive TTY session with the container still running, written as docker
/// writes it: comma-separated keys, each a single character or <c>ctrl-X</c> (X one of a-z, @, [, \, ], ^, _).
/// The default is docker's, <c>ctrl-p,ctrl-q</c>; an empty sequence turns detaching off. <see cref="Text"/> is what the
/// user set (null for the default), passed on to the engine so that it detaches on the same keys.
/// </summary>
internal sealed record DetachKeys(ImmutableArray<byte> Sequence, string? Text)
{
    public static DetachKeys Default { get; } = new([16, 17], null);

    /// <summary>
    /// <c>attach --detach-keys</c> if given, else <c>detachKeys</c> of the docker CLI's <c>config.json</c> (as docker
    /// compose), else the default.
    /// </summary>
    public static DetachKeys Resolve(string? flag, IReadOnlyDictionary<string, string> environment) =>
        flag is not null ? Parse(flag) : Parse(Runtime.Docker.Configuration.DockerCliSettings.DetachKeys(environment), "detachKeys in config.json");

    /// <summary>Parses <paramref name="text"/> (null: the default); <paramref name="origin"/> names where it came from in the error.</summary>
    public static DetachKeys Parse(string? text, string origin = "--detach-keys")
    {
        if (text is null)
        {
            return Default;
        }

        var bytes = ImmutableArray.CreateBuilder<byte>();
        foreach (var key in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            bytes.Add(KeyByte(key) ?? throw new UsageException(
                $"invalid detach keys '{text}' ({origin}): '{key}' is neither a single character nor ctrl-<a-z, @, [, \\, ], ^ or _>, for example ctrl-p,ctrl-q."));
        }

        return new DetachKeys(bytes.ToImmutable(), text);
    }

    private static byte? KeyByte(string key)
    {
        if (key.Length == 1 && key[0] is > ' ' and < (char)127)
        {
            return (byte)key[0];
        }

        if (key.Length != 6 || !key.StartsWith("ctrl-", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return char.ToLowerInvariant(key[5]) switch
        {
            >= 'a' and <= 'z' and var letter => (byte)(letter - 'a' + 1),
            '@' => 0,
            '[' => 27,
            '\\' => 28,
            ']' => 29,
            '^' => 30,
            '_' => 31,
            _ => null,
        };
    }
}
