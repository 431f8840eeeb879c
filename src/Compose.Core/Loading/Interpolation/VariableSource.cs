namespace Compose.Loading.Interpolation;

/// <summary>Where interpolation looks variables up: the shell environment wins over <c>.env</c> files.</summary>
public sealed class VariableSource(IReadOnlyDictionary<string, string> variables)
{
    public static VariableSource Empty { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Variables { get; } = variables;

    public bool TryGet(string name, out string value) => Variables.TryGetValue(name, out value!);
}
