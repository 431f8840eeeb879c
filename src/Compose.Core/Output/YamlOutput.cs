using System.Collections;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compose.Output;

/// <summary>
/// Writes plain output data as block-style YAML through YamlDotNet's emitter, which owns the quoting rules.
/// Strings that would read back as another type (numbers, booleans, null) are quoted.
/// </summary>
public static class YamlOutput
{
    public static string Write(object? document)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        WriteValue(emitter, document);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void WriteValue(IEmitter emitter, object? value)
    {
        switch (value)
        {
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
            case string s:
                emitter.Emit(new Scalar(null, null, s, NeedsQuotes(s) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
                break;
            case bool b:
                emitter.Emit(new Scalar(null, null, b ? "true" : "false", ScalarStyle.Plain, true, false));
                break;
            case int or long or double or decimal:
                emitter.Emit(new Scalar(null, null, Convert.ToString(value, CultureInfo.InvariantCulture)!, ScalarStyle.Plain, true, false));
                break;
            case OrderedMap map:
                WriteMapping(emitter, map);
                break;
            case IDictionary dictionary:
                WriteMapping(emitter, dictionary.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(k.ToString()!, dictionary[k])));
                break;
            case IEnumerable sequence:
                var items = sequence.Cast<object?>().ToList();
                emitter.Emit(new SequenceStart(null, null, true, items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in items)
                {
                    WriteValue(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                WriteValue(emitter, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteMapping(IEmitter emitter, IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var list = entries.ToList();
        emitter.Emit(new MappingStart(null, null, true, list.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
        foreach (var (key, value) in list)
        {
            emitter.Emit(new Scalar(null, null, key, NeedsQuotes(key) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
            WriteValue(emitter, value);
        }

        emitter.Emit(new MappingEnd());
    }

    /// <summary>Plain scalars YAML 1.1/1.2 readers would take as something other than a string.</summary>
    private static bool NeedsQuotes(string s) =>
        s.Length == 0
        || s is "~" or "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
            or "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF" or "y" or "n" or "Y" or "N"
        || double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || s.StartsWith("0o", StringComparison.OrdinalIgnoreCase)
        || (s.Contains(':') && s.All(c => char.IsAsciiDigit(c) || c == ':')); // sexagesimal in YAML 1.1
}
