namespace Compose.Loading.Yaml;

public readonly record struct NodeEntry(ScalarNode Key, Node Value);
