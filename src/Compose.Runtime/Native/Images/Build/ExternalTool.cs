namespace Compose.Runtime.Native.Images.Build;

/// <summary>Finds an executable on <c>PATH</c> (buildah, skopeo), so a missing one is a clear capability error rather than a failed start.</summary>
internal static class ExternalTool
{
    public static string? Find(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin").Split(':'))
        {
            var candidate = Path.Combine(directory.Length == 0 ? "." : directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
