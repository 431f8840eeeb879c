using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Text;
using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Docker.Streams;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;

namespace Compose.Tests.Runtime.Docker;

/// <summary>The wire decoders on hand-made streams: frames split across reads, lines split across frames.</summary>
public sealed class StreamDecodingTests
{
    [Fact]
    public async Task Multiplexed_frames_arriving_a_few_bytes_at_a_time_become_whole_lines_per_stream()
    {
        var wire = Concat(Frame(1, "hel"), Frame(2, "oops\n"), Frame(1, "lo wor"), Frame(1, "ld\nsecond\r\nunfinished"), Frame(2, "é"u8.ToArray()[..1]), Frame(2, "é"u8.ToArray()[1..]));

        var lines = await ReadLinesAsync(new TrickleStream(wire, 3), tty: false, timestamps: false);

        lines.Should().Equal(
            new LogLine(OutputStream.Stderr, "oops", null),
            new LogLine(OutputStream.Stdout, "hello world", null),
            new LogLine(OutputStream.Stdout, "second", null),
            new LogLine(OutputStream.Stdout, "unfinished", null),
            new LogLine(OutputStream.Stderr, "é", null));
    }

    [Fact]
    public async Task A_frame_larger_than_the_read_buffer_is_handed_out_in_pieces()
    {
        var big = new string('x', 100_000);

        var lines = await ReadLinesAsync(new MemoryStream(Frame(1, big + "\n")), tty: false, timestamps: false);

        lines.Should().ContainSingle().Which.Text.Should().Be(big);
    }

    [Fact]
    public async Task Timestamps_with_nanoseconds_are_split_off_each_line()
    {
        var wire = Frame(1, "2026-11-22T01:29:02.123456789Z first\n2026-11-22T01:29:03.5Z second line\n");

        var lines = await ReadLinesAsync(new MemoryStream(wire), tty: false, timestamps: true);

        lines.Select(l => l.Text).Should().Equal("first", "second line");
        lines[0].Timestamp.Should().Be(new DateTimeOffset(2026, 11, 22, 1, 29, 2, TimeSpan.Zero).AddTicks(1_234_567));
        lines[1].Timestamp.Should().Be(new DateTimeOffset(2026, 11, 22, 1, 29, 3, 500, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_system_error_frame_is_thrown_with_the_engines_words()
    {
        var wire = Concat(Frame(1, "ok\n"), Frame(3, "OCI runtime exec failed: executable file not found"));

        var act = () => ReadLinesAsync(new MemoryStream(wire), tty: false, timestamps: false);

        (await act.Should().ThrowAsync<ContainerRuntimeException>()).Which.EngineMessage.Should().Be("OCI runtime exec failed: executable file not found");
    }

    [Fact]
    public async Task Json_lines_are_yielded_as_soon_as_each_line_is_complete()
    {
        var pipe = new Pipe();
        await using var writer = pipe.Writer.AsStream();
        await using var enumerator = JsonLinesReader.ReadAsync(pipe.Reader.AsStream(), DockerJsonContext.Default.EventDto, default).GetAsyncEnumerator();

        await writer.WriteAsync("{\"Type\":\"container\",\"Action\":\"start\"}\n{\"Type\":\"net"u8.ToArray());
        (await enumerator.MoveNextAsync()).Should().BeTrue("the first line is complete although the stream goes on");
        enumerator.Current.Action.Should().Be("start");
        await writer.WriteAsync("work\",\"Action\":\"connect\"}\r\n\n"u8.ToArray());
        await pipe.Writer.CompleteAsync();

        (await enumerator.MoveNextAsync()).Should().BeTrue();
        enumerator.Current.Type.Should().Be("network");
        (await enumerator.MoveNextAsync()).Should().BeFalse();
    }

    [Fact]
    public void Engine_times_round_trip_through_the_since_query_form()
    {
        var time = new DateTimeOffset(2026, 11, 22, 1, 2, 3, TimeSpan.Zero).AddTicks(4_567_891);

        EngineTime.ToQuery(time).Should().Be($"{time.ToUnixTimeSeconds()}.456789100");
        EngineTime.FromUnixNanoseconds(time.ToUnixTimeSeconds() * 1_000_000_000L + 456_789_100).Should().Be(time);
    }

    private static async Task<List<LogLine>> ReadLinesAsync(Stream stream, bool tty, bool timestamps)
    {
        using var reader = new OutputFrameReader(stream, tty, "read logs", "test");
        using var assembler = new LogLineAssembler(timestamps);
        var lines = new List<LogLine>();
        while (await reader.ReadAsync(default) is { } frame)
        {
            assembler.Append(frame.Stream, frame.Data.Span, lines);
        }

        assembler.Flush(lines);
        return lines;
    }

    private static byte[] Frame(byte stream, string text) => Frame(stream, Encoding.UTF8.GetBytes(text));

    private static byte[] Frame(byte stream, byte[] payload)
    {
        var frame = new byte[8 + payload.Length];
        frame[0] = stream;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(4), (uint)payload.Length);
        payload.CopyTo(frame, 8);
        return frame;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    /// <summary>Hands out at most a few bytes per read, as a slow socket may.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
