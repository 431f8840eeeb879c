using System.Collections.Immutable;
using Compose.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compose.Loading.Yaml;

/// <summary>
/// The only YamlDotNet user: turns one file's text into a <see cref="Node"/> tree with locations.
/// Resolves anchors, aliases and merge keys (<c>&lt;&lt;</c>); refuses duplicate keys, non-string keys, multiple
/// documents, control characters, nesting deeper than <see cref="MaxDepth"/> and alias bombs; keeps the local tags
/// <c>!reset</c> and <c>!override</c>; <c>!!str</c> scalars are strings.
/// </summary>
public sealed class YamlReader
{
    /// <summary>
    /// How many nodes aliases may add to a document by repeating what their anchors name. Real files stay in the
    /// thousands; a "billion laughs" document would make every later stage walk an exponential tree. Nodes written
    /// out count nothing: a long file is bounded by its size, not by this.
    /// </summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>
    /// How deeply mappings and sequences may nest. Real files nest under 20 levels; every later stage walks the tree
    /// recursively, and a bound keeps 20,000 levels of <c>[</c> from overflowing the stack.
    /// </summary>
    public const int MaxDepth = 500;

    private readonly string _displayPath;
    /// <summary>Each anchor's node, how many nodes it stands for, and how deep it nests (an alias adds both).</summary>
    private readonly Dictionary<string, (Node Node, long Weight, int Height)> _anchors = new(StringComparer.Ordinal);
    private long _nodes;
    private long _expanded;
    private int _depth;
    private int _deepest;

    private YamlReader(string displayPath) => _displayPath = displayPath;

    /// <summary>Reads one document; an empty file gives an empty mapping.</summary>
    public static Node Read(string displayPath, string text) => new YamlReader(displayPath).ReadDocument(text);

    private Node ReadDocument(string text)
    {
        YamlCharacters.Check(text, _displayPath);
        var parser = new GuardedParser(text, _displayPath);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return new MappingNode(new SourceLocation(_displayPath, 1, 1), []);
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                throw new ComposeFileException(At(second.Start), null,
                    "the file holds more than one YAML document ('---'); a compose file must be a single document. Split it into several files and pass each with -f.");
            }

            return root is ScalarNode { IsNull: true } ? new MappingNode(root.Location, []) : root;
        }
        catch (AnchorNotFoundException e)
        {
            throw new ComposeFileException(At(e.Start), null, $"unknown alias: {CleanMessage(e)}", e);
        }
        catch (YamlException e)
        {
            throw TabIndentation.Locate(e, text, _displayPath) ?? new ComposeFileException(At(e.Start), null, $"invalid YAML: {CleanMessage(e)}", e);
        }
    }

    private Node ReadNode(IParser parser)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return ResolveAlias(alias);
        }

        var (before, outerDeepest) = (_nodes, _deepest);
        _deepest = _depth;
        var (node, anchor) = ReadContent(parser);
        _nodes++;
        if (anchor is not null)
        {
            _anchors[anchor] = (node, _nodes - before, _deepest - _depth);
        }

        _deepest = Math.Max(_deepest, outerDeepest);
        return node;
    }

    private (Node Node, string? Anchor) ReadContent(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var isString = scalar.Style is not ScalarStyle.Plain || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == YamlTags.String);
            return (new ScalarNode(At(scalar.Start), scalar.Value, isString, LocalTag(scalar.Tag)), AnchorName(scalar.Anchor));
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            return (ReadSequence(parser, sequenceStart), AnchorName(sequenceStart.Anchor));
        }

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            return (ReadMapping(parser, mappingStart), AnchorName(mappingStart.Anchor));
        }

        var current = parser.Current!;
        throw new ComposeFileException(At(current.Start), null, $"unexpected YAML content ({current.GetType().Name}).");
    }

    private Node ResolveAlias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            throw new ComposeFileException(At(alias.Start), null, $"alias '*{alias.Value}' refers to no anchor defined before it.");
        }

        // An alias nests its anchor's whole subtree here: a chain of aliases can build depth the text does not show.
        CheckDepth(_depth + target.Height, alias.Start);
        _deepest = Math.Max(_deepest, _depth + target.Height);
        _nodes += target.Weight;
        _expanded += target.Weight;
        if (_expanded > MaxExpandedNodes)
        {
            throw new ComposeFileException(At(alias.Start), null,
                $"aliases expand the document by more than {MaxExpandedNodes:N0} nodes; this looks like an alias bomb, not a compose file. Write the repeated parts out, or use extends.");
        }

        return target.Node;
    }

    /// <summary>Enters a mapping or sequence; refuses nesting deeper than <see cref="MaxDepth"/>.</summary>
    private void Enter(Mark start)
    {
        CheckDepth(++_depth, start);
        _deepest = Math.Max(_deepest, _depth);
    }

    private void CheckDepth(int depth, Mark start)
    {
        if (depth > MaxDepth)
        {
            throw new ComposeFileException(At(start), null,
                $"mappings and lists nest more than {MaxDepth} levels deep here; compose files need far fewer, so this is likely a mistake (an unclosed '[' or '{{', or aliases nested in each other).");
        }
    }

    private SequenceNode ReadSequence(IParser parser, SequenceStart start)
    {
        Enter(start.Start);
        var items = ImmutableArray.CreateBuilder<Node>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(parser));
        }

        _depth--;
        return new SequenceNode(At(start.Start), items.ToImmutable(), LocalTag(start.Tag));
    }

    private MappingNode ReadMapping(IParser parser, MappingStart start)
    {
        Enter(start.Start);
        var entries = new List<NodeEntry>();
        var seen = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        var merged = new List<MappingNode>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current!;
            var key = Key(ReadNode(parser), At(keyEvent.Start));
            var valueStart = At(parser.Current!.Start);
            var value = ReadNode(parser);
            if (key.Value == "<<" && !key.Quoted)
            {
                merged.AddRange(MergeSources(value, valueStart));
                continue;
            }

            if (!seen.TryAdd(key.Value, key))
            {
                throw new ComposeFileException(key.Location, null,
                    $"duplicate key '{key.Value}' (first defined at {seen[key.Value].Location}); remove one of them.");
            }

            entries.Add(new NodeEntry(key, value));
        }

        AddMergedEntries(entries, seen, merged);
        _depth--;
        return new MappingNode(At(start.Start), [.. entries], LocalTag(start.Tag));
    }

    /// <summary>Merge keys: explicit keys win, then earlier merge sources over later ones.</summary>
    private static void AddMergedEntries(List<NodeEntry> entries, Dictionary<string, ScalarNode> seen, List<MappingNode> merged)
    {
        foreach (var source in merged)
        {
            foreach (var entry in source.Entries)
            {
                if (seen.TryAdd(entry.Key.Value, entry.Key))
                {
                    entries.Add(entry);
                }
            }
        }
    }

    /// <summary>Keys are strings, as in docker compose: a plain <c>1</c>, <c>true</c> or <c>~</c> is refused.</summary>
    private static ScalarNode Key(Node node, SourceLocation location)
    {
        if (node is not ScalarNode key)
        {
            throw new ComposeFileException(location, null, $"mapping keys must be strings, found {node.KindName}.");
        }

        if (!key.Quoted && PlainScalars.NonStringKind(key.Value) is { } kind)
        {
            var shown = key.Value.Length == 0 ? "an empty key" : $"{kind} ({key.Value})";
            throw new ComposeFileException(location, null,
                $"mapping keys must be strings, found {shown}; quote it (\"{key.Value}\") if you mean the text.");
        }

        return key;
    }

    /// <summary>The mappings a merge key names; errors point at the value written after <c>&lt;&lt;:</c>.</summary>
    private static IEnumerable<MappingNode> MergeSources(Node value, SourceLocation at) => value switch
    {
        MappingNode mapping => [mapping],
        SequenceNode sequence => sequence.Items.Select(item => item as MappingNode
            ?? throw new ComposeFileException(at, null, "a merge key '<<' takes a mapping or a list of mappings.")),
        _ => throw new ComposeFileException(at, null, "a merge key '<<' takes a mapping or a list of mappings."),
    };

    private static string? AnchorName(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    /// <summary>Keeps local tags like <c>!reset</c>; standard tags (<c>tag:yaml.org,2002:…</c>) carry no compose meaning.</summary>
    private static string? LocalTag(TagName tag) => tag.IsEmpty || tag.IsNonSpecific || !tag.Value.StartsWith('!') ? null : tag.Value;

    private SourceLocation At(Mark mark) => new(_displayPath, (int)mark.Line, (int)mark.Column);

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: ...) - (...): "; we print our own location.
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }
}
