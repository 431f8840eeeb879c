namespace Compose.Loading.Interpolation;

/// <summary>Where interpolation looks variables up: the shell environment wins over <c>.env</c> files.</summary>
public sealed class VariableSource(IReadOnlyDictionary<string, string> variables)
{
    public static VariableSource Empty { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Variables { get; } = variables;

    public bool TryGet(string name, out string value) => Variables.TryGetValue(name, out value!);

    /// <summary>A source where <paramref name="name"/> is <paramref name="value"/> and the rest as here.</summary>
    public VariableSource With(string name, string value) =>
        new(new Dictionary<string, string>(Variables, StringComparer.Ordinal) { [name] = value });

    /// <summary>A source where these variables win and <paramref name="defaults"/> fill in what they leave unset.</summary>
    public VariableSource WithDefaults(IEnumerable<KeyValuePair<string, string>> defaults)
    {
        var merged = new Dictionary<string, string>(Variables, StringComparer.Ordinal);
        foreach (var (key, value) in defaults)
        {
            merged.TryAdd(key, value);
        }

        return new VariableSource(merged);
    }
}
