using System.Collections.Immutable;
using System.Globalization;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Bundles;

/// <summary>
/// Resolves <c>user:</c> (<c>name</c>, <c>uid</c>, <c>name:group</c>, <c>uid:gid</c>) and <c>group_add</c> against
/// the container's own <c>/etc/passwd</c> and <c>/etc/group</c>, as the Docker engine does: numbers need no entry,
/// names must have one, and the user's supplementary groups come from the group file's member lists.
/// </summary>
internal static class UserResolver
{
    public static ResolvedUser Resolve(string? user, IEnumerable<string> groupAdd, string passwd, string group)
    {
        var users = ParseEntries(passwd, 7);
        var groups = ParseEntries(group, 4);
        var (userPart, groupPart) = Split(user);
        var entry = FindUser(users, userPart);
        var uid = entry is null ? ParseId(userPart, "user", "passwd") : uint.Parse(entry[2], CultureInfo.InvariantCulture);
        var gid = groupPart is not null ? ResolveGroup(groups, groupPart)
            : entry is not null ? uint.Parse(entry[3], CultureInfo.InvariantCulture)
            : 0u;
        var name = entry?[0];
        var supplementary = name is null ? [] : groups
            .Where(g => g[3].Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.Ordinal))
            .Select(g => uint.Parse(g[2], CultureInfo.InvariantCulture));
        var extra = groupAdd.Select(g => ResolveGroup(groups, g));
        var additional = supplementary.Concat(extra).Where(g => g != gid).Distinct().ToImmutableArray();
        return new ResolvedUser(uid, gid, additional, entry?[5] is { Length: > 0 } home ? home : uid == 0 ? "/root" : "/");
    }

    private static (string User, string? Group) Split(string? user)
    {
        if (string.IsNullOrEmpty(user))
        {
            return ("0", null);
        }

        var colon = user.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (user, null) : (user[..colon], user[(colon + 1)..]);
    }

    private static string[]? FindUser(List<string[]> users, string user) =>
        users.FirstOrDefault(u => u[0] == user) ?? (IsNumber(user) ? users.FirstOrDefault(u => u[2] == user) : null);

    private static uint ResolveGroup(List<string[]> groups, string group)
    {
        var entry = groups.FirstOrDefault(g => g[0] == group);
        return entry is not null ? uint.Parse(entry[2], CultureInfo.InvariantCulture) : ParseId(group, "group", "group");
    }

    private static uint ParseId(string value, string kind, string file) =>
        uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ContainerRuntimeException("create container", null,
                $"unable to find {kind} {value}: no matching entries in the image's /etc/{file} file; use a numeric id or a {kind} the image defines");

    private static bool IsNumber(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    /// <summary>colon-separated lines with at least <paramref name="fields"/> fields (shorter ones are padded), comments and blanks skipped.</summary>
    private static List<string[]> ParseEntries(string text, int fields) =>
        text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(':'))
            .Where(p => p.Length >= 3 && IsNumber(p[2]))
            .Select(p => p.Length >= fields ? p : [.. p, .. Enumerable.Repeat("", fields - p.Length)])
            .ToList();
}
