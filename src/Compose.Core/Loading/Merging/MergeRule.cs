using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// One row of the merge table: the <see cref="MergeKind"/>, the key that identifies list entries, and for
/// <see cref="MergeKind.NamesToMapping"/> the value a bare name stands for.
/// </summary>
public sealed record MergeRule(MergeKind Kind, Func<Node, string?>? Key = null, Func<ScalarNode, Node>? NameValue = null);
