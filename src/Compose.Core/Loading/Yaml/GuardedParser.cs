using Compose.Errors;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compose.Loading.Yaml;

/// <summary>
/// YamlDotNet's parser, with the exceptions its scanner throws on some malformed input (an unclosed flow sequence
/// followed by text gives <see cref="InvalidOperationException"/>; a global tag that is not a URI,
/// <see cref="ArgumentException"/>) turned into located compose file errors. Those are gaps in the library's own
/// error handling on invalid YAML, found by fuzzing (docs/reliability.md), not bugs of ours to report.
/// </summary>
internal sealed class GuardedParser : IParser
{
    private readonly Scanner _scanner;
    private readonly Parser _parser;
    private readonly string _displayPath;

    public GuardedParser(string text, string displayPath)
    {
        _scanner = new Scanner(new StringReader(text));
        _parser = new Parser(_scanner);
        _displayPath = displayPath;
    }

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        try
        {
            return _parser.MoveNext();
        }
        catch (ArgumentException e) when (e.Message.Contains("tag", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid("a tag that is not valid (a global tag such as !!name must form a URI); remove the tag or quote the value.", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            throw Invalid("the YAML parser could not read past this point; look for an unclosed '[' or '{', a stray character, or a misplaced ':'.", e);
        }
    }

    private ComposeFileException Invalid(string problem, Exception inner)
    {
        var mark = _scanner.CurrentPosition;
        return new ComposeFileException(new SourceLocation(_displayPath, (int)mark.Line, (int)mark.Column), null, "invalid YAML: " + problem, inner);
    }
}
