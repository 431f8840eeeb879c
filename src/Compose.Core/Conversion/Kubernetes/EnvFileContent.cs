namespace Compose.Conversion.Kubernetes;

/// <summary>One <c>env_file</c> entry of a service as the loader read it: its index in the list, its path, its variables.</summary>
public sealed record EnvFileContent(int Index, string Path, IReadOnlyList<KeyValuePair<string, string>> Entries);
