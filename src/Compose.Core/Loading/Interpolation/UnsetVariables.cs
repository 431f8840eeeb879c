namespace Compose.Loading.Interpolation;

/// <summary>Collects one warning per variable used without a value, however many files and scopes use it.</summary>
public sealed class UnsetVariables(ICollection<string> warnings)
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <summary>Whether a file used <paramref name="name"/> without a value.</summary>
    public bool WasReported(string name) => _reported.Contains(name);

    public void Report(string name)
    {
        if (_reported.Add(name))
        {
            warnings.Add($"The \"{name}\" variable is not set. Defaulting to a blank string.");
        }
    }
}
