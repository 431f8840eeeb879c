namespace Compose.Cli.Interactive;

/// <summary>
/// Watches the typed bytes for the detach sequence, as docker's client does: bytes that could begin the sequence are
/// held back until the next one decides; the whole sequence detaches (and is never sent), anything else is sent as
/// typed, held bytes first.
/// </summary>
internal sealed class DetachKeyFilter(DetachKeys keys)
{
    private int _matched;

    /// <summary>The bytes to send for <paramref name="input"/>, and whether the sequence was completed (the rest is dropped).</summary>
    public (byte[] Forward, bool Detach) Process(ReadOnlySpan<byte> input)
    {
        var sequence = keys.Sequence;
        if (sequence.IsEmpty)
        {
            return (input.ToArray(), false);
        }

        var forward = new List<byte>(input.Length + _matched);
        foreach (var b in input)
        {
            if (b == sequence[_matched])
            {
                if (++_matched == sequence.Length)
                {
                    _matched = 0;
                    return ([.. forward], true);
                }

                continue;
            }

            // Not the sequence after all: what was held goes out, and this byte may begin it anew.
            forward.AddRange(sequence.AsSpan(0, _matched));
            _matched = b == sequence[0] ? 1 : 0;
            if (_matched == 0)
            {
                forward.Add(b);
            }
        }

        return ([.. forward], false);
    }
}
