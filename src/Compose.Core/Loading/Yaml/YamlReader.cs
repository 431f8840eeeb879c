using System.Collections.Immutable;
using Compose.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compose.Loading.Yaml;

/// <summary>
/// The only YamlDotNet user: turns one file's text into a <see cref="Node"/> tree with locations.
/// Resolves anchors, aliases and merge keys (<c>&lt;&lt;</c>); refuses duplicate keys, non-string keys and multiple documents.
/// </summary>
public sealed class YamlReader
{
    private readonly string _displayPath;
    private readonly Dictionary<string, Node> _anchors = new(StringComparer.Ordinal);

    private YamlReader(string displayPath) => _displayPath = displayPath;

    /// <summary>Reads one document; an empty file gives an empty mapping.</summary>
    public static Node Read(string displayPath, string text) => new YamlReader(displayPath).ReadDocument(text);

    private Node ReadDocument(string text)
    {
        var parser = new Parser(new StringReader(text));
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

            return root;
        }
        catch (YamlException e) when (e is not AnchorNotFoundException)
        {
            throw new ComposeFileException(At(e.Start), null, $"invalid YAML: {CleanMessage(e)}", e);
        }
        catch (AnchorNotFoundException e)
        {
            throw new ComposeFileException(At(e.Start), null, $"unknown alias: {CleanMessage(e)}", e);
        }
    }

    private Node ReadNode(IParser parser)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return _anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new ComposeFileException(At(alias.Start), null, $"alias '*{alias.Value}' refers to no anchor defined before it.");
        }

        Node node;
        string? anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = AnchorName(scalar.Anchor);
            node = new ScalarNode(At(scalar.Start), scalar.Value, scalar.Style is not ScalarStyle.Plain, LocalTag(scalar.Tag));
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = AnchorName(sequenceStart.Anchor);
            node = ReadSequence(parser, sequenceStart);
        }
        else if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            anchor = AnchorName(mappingStart.Anchor);
            node = ReadMapping(parser, mappingStart);
        }
        else
        {
            var current = parser.Current!;
            throw new ComposeFileException(At(current.Start), null, $"unexpected YAML content ({current.GetType().Name}).");
        }

        if (anchor is not null)
        {
            _anchors[anchor] = node;
        }

        return node;
    }

    private SequenceNode ReadSequence(IParser parser, SequenceStart start)
    {
        var items = ImmutableArray.CreateBuilder<Node>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(parser));
        }

        return new SequenceNode(At(start.Start), items.ToImmutable(), LocalTag(start.Tag));
    }

    private MappingNode ReadMapping(IParser parser, MappingStart start)
    {
        var entries = new List<NodeEntry>();
        var merged = new List<MappingNode>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current!;
            var keyNode = ReadNode(parser);
            if (keyNode is not ScalarNode key || key.IsNull)
            {
                throw new ComposeFileException(At(keyEvent.Start), null, $"mapping keys must be strings, found {keyNode.KindName}.");
            }

            var value = ReadNode(parser);
            if (key.Value == "<<" && !key.Quoted)
            {
                merged.AddRange(MergeSources(value));
                continue;
            }

            var previous = entries.FindIndex(e => e.Key.Value == key.Value);
            if (previous >= 0)
            {
                throw new ComposeFileException(key.Location, null,
                    $"duplicate key '{key.Value}' (first defined at {entries[previous].Key.Location}); remove one of them.");
            }

            entries.Add(new NodeEntry(key, value));
        }

        // Merge keys: explicit keys win, then earlier merge sources over later ones.
        foreach (var source in merged)
        {
            foreach (var entry in source.Entries)
            {
                if (!entries.Exists(e => e.Key.Value == entry.Key.Value))
                {
                    entries.Add(entry);
                }
            }
        }

        return new MappingNode(At(start.Start), [.. entries], LocalTag(start.Tag));
    }

    private static IEnumerable<MappingNode> MergeSources(Node value) => value switch
    {
        MappingNode mapping => [mapping],
        SequenceNode sequence => sequence.Items.Select(item => item as MappingNode
            ?? throw new ComposeFileException(item.Location, null, "a merge key '<<' takes a mapping or a list of mappings.")),
        _ => throw new ComposeFileException(value.Location, null, "a merge key '<<' takes a mapping or a list of mappings."),
    };

    private static string? AnchorName(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    /// <summary>Keeps local tags like <c>!reset</c>; standard tags (<c>tag:yaml.org,2002:str</c>) carry no compose meaning.</summary>
    private static string? LocalTag(TagName tag) => tag.IsEmpty || !tag.Value.StartsWith('!') ? null : tag.Value;

    private SourceLocation At(Mark mark) => new(_displayPath, (int)mark.Line, (int)mark.Column);

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: ...) - (...): "; we print our own location.
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }
}
