using System.Text;
using Compose.Cli.Interactive;
using Compose.Errors;

namespace Compose.Tests.Cli;

/// <summary>The detach keys of an interactive TTY session: docker's notation, and the filter over typed bytes.</summary>
public sealed class DetachKeysTests
{
    [Fact]
    public void Default_is_dockers_ctrl_p_ctrl_q()
    {
        DetachKeys.Default.Sequence.Should().Equal(16, 17);
        DetachKeys.Default.Text.Should().BeNull("the engine's default is the same");
        DetachKeys.Parse(null).Should().Be(DetachKeys.Default);
    }

    [Theory]
    [InlineData("ctrl-a", new byte[] { 1 })]
    [InlineData("ctrl-@,ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_", new byte[] { 0, 27, 28, 29, 30, 31 })]
    [InlineData("ctrl-X,q", new byte[] { 24, (byte)'q' })]
    [InlineData("", new byte[0])]
    public void Parses_dockers_notation(string text, byte[] expected) =>
        DetachKeys.Parse(text).Sequence.Should().Equal(expected);

    [Theory]
    [InlineData("ctrl-1")]
    [InlineData("ctl-p")]
    [InlineData("ab")]
    public void Refuses_what_is_neither_a_character_nor_a_control_key(string text)
    {
        var parse = () => DetachKeys.Parse(text);

        parse.Should().Throw<UsageException>().WithMessage($"invalid detach keys '{text}' (--detach-keys)*for example ctrl-p,ctrl-q.");
    }

    [Fact]
    public void Config_json_detach_keys_apply_unless_the_flag_says_otherwise()
    {
        var directory = Directory.CreateTempSubdirectory("composectl-detach-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "config.json"), "{\"detachKeys\": \"ctrl-x,x\"}");
            var environment = new Dictionary<string, string> { ["DOCKER_CONFIG"] = directory };

            var configured = DetachKeys.Resolve(null, environment);
            configured.Sequence.Should().Equal(24, (byte)'x');
            configured.Text.Should().Be("ctrl-x,x", "the engine is told the same keys");
            DetachKeys.Resolve("ctrl-a", environment).Sequence.Should().Equal(1);
            DetachKeys.Resolve(null, new Dictionary<string, string> { ["DOCKER_CONFIG"] = Path.Combine(directory, "none") }).Should().Be(DetachKeys.Default);

            File.WriteAllText(Path.Combine(directory, "config.json"), "{\"detachKeys\": \"ctrl-1\"}");
            var bad = () => DetachKeys.Resolve(null, environment);
            bad.Should().Throw<UsageException>().WithMessage("invalid detach keys 'ctrl-1' (detachKeys in config.json)*");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_sequence_detaches_and_is_never_sent()
    {
        var filter = new DetachKeyFilter(DetachKeys.Default);

        var (forward, detach) = filter.Process("ls\u0010\u0011rest"u8);

        Encoding.ASCII.GetString(forward).Should().Be("ls");
        detach.Should().BeTrue();
    }

    [Fact]
    public void A_held_key_goes_out_when_the_next_one_is_not_the_sequence_even_across_reads()
    {
        var filter = new DetachKeyFilter(DetachKeys.Default);

        var first = filter.Process("a\u0010"u8);
        var second = filter.Process("x"u8);

        Encoding.ASCII.GetString(first.Forward).Should().Be("a", "ctrl-p waits for the next key");
        first.Detach.Should().BeFalse();
        Encoding.ASCII.GetString(second.Forward).Should().Be("\u0010x", "ctrl-p was not the start of the sequence after all");
        second.Detach.Should().BeFalse();
    }

    [Fact]
    public void A_repeated_first_key_still_begins_the_sequence()
    {
        var filter = new DetachKeyFilter(DetachKeys.Default);

        var (forward, detach) = filter.Process("\u0010\u0010\u0011"u8);

        forward.Should().Equal(16);
        detach.Should().BeTrue();
    }

    [Fact]
    public void An_empty_sequence_never_detaches()
    {
        var filter = new DetachKeyFilter(DetachKeys.Parse(""));

        var (forward, detach) = filter.Process("\u0010\u0011"u8);

        forward.Should().Equal(16, 17);
        detach.Should().BeFalse();
    }
}
