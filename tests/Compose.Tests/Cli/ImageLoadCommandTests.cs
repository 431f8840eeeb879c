using System.Text;

namespace Compose.Tests.Cli;

/// <summary><c>image load</c> over the fake engine, in a directory without a compose file: flags, the Loaded lines, and every refusal.</summary>
public sealed class ImageLoadCommandTests
{
    private readonly FakeContainerRuntime _engine = new() { KnownImagesOnly = true };
    private readonly string _directory = TestTemp.Directory("image-load-");

    private Task<CliRunner.Result> RunAsync(byte[]? stdin, bool stdinIsTerminal, params string[] args) =>
        CliRunner.RunAsync(new CliRunner.Invocation
        {
            WorkingDirectory = _directory,
            RuntimeFactory = new FixedRuntimeFactory(_engine),
            StdinBytes = stdin,
            StdinIsTerminal = stdinIsTerminal,
            Time = new ManualTimeProvider(),
        }, args);

    private Task<CliRunner.Result> RunAsync(params string[] args) => RunAsync(null, false, args);

    private static readonly byte[] TwoImages = FakeContainerRuntime.SaveArchive(("{\"app\":1}", ["team/app:1", "team/app:latest"]), ("{\"untagged\":1}", []));

    [Fact]
    public async Task A_file_loads_without_a_compose_file_and_prints_each_name_then_the_untagged_image_s_id()
    {
        await File.WriteAllBytesAsync(Path.Combine(_directory, "images.tar"), TwoImages);

        var result = await RunAsync("image", "load", "-i", "images.tar");

        result.ExitCode.Should().Be(0, result.Error);
        var untagged = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("{\"untagged\":1}")));
        result.Out.Should().Be($"Loaded image: team/app:1\nLoaded image: team/app:latest\nLoaded image ID: {untagged}\n");
        _engine.CallTexts.Should().Equal("load image images.tar");
        (await _engine.InspectImageAsync("team/app:1", default)).Should().NotBeNull("the engine has what it loaded");
        result.Error.Should().BeEmpty("no compose file is looked for");
    }

    [Fact]
    public async Task Without_i_the_archive_comes_from_stdin_and_q_still_prints_the_loaded_lines()
    {
        var result = await RunAsync(TwoImages, false, "image", "load", "--quiet");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("Loaded image: team/app:1\nLoaded image: team/app:latest\nLoaded image ID: sha256:");
        _engine.CallTexts.Should().Equal("load image stdin");
    }

    [Fact]
    public async Task A_terminal_or_an_empty_pipe_on_stdin_is_refused_before_the_engine_is_asked()
    {
        var terminal = await RunAsync(null, true, "image", "load");
        var empty = await RunAsync([], false, "image", "load");

        foreach (var result in new[] { terminal, empty })
        {
            result.ExitCode.Should().Be(1);
            result.Error.Should().Be("Error: requested load from stdin, but stdin is empty or a terminal; use -i FILE, or pipe an archive in ('docker save IMAGE | composectl image load')\n");
        }

        _engine.Calls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("missing.tar", "Error: missing.tar: no such file; give the path of a 'docker save' or OCI archive.")]
    [InlineData("sub", "Error: sub is a directory, not an image archive; give the file 'docker save' (or 'skopeo copy … oci-archive:FILE') wrote.")]
    [InlineData("empty.tar", "Error: empty.tar is empty, not an image archive.")]
    public async Task A_path_that_is_no_file_or_an_empty_one_is_one_sentence_naming_it(string path, string message)
    {
        Directory.CreateDirectory(Path.Combine(_directory, "sub"));
        await File.WriteAllBytesAsync(Path.Combine(_directory, "empty.tar"), []);

        var result = await RunAsync("image", "load", "--input", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be(message + "\n");
        _engine.Calls.Should().BeEmpty("nothing reaches the engine");
    }

    [Fact]
    public async Task A_file_that_is_no_archive_or_a_tar_of_something_else_is_refused_naming_the_file()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "notes.txt"), "just some text, long enough to be read as a tar header? no." + new string('x', 600));
        var tar = new MemoryStream();
        await using (var writer = new System.Formats.Tar.TarWriter(tar, leaveOpen: true))
        {
            await writer.WriteEntryAsync(new System.Formats.Tar.PaxTarEntry(System.Formats.Tar.TarEntryType.RegularFile, "hello.txt") { DataStream = new MemoryStream([1, 2, 3]) });
        }

        await File.WriteAllBytesAsync(Path.Combine(_directory, "other.tar"), tar.ToArray());

        var text = await RunAsync("image", "load", "-i", "notes.txt");
        var other = await RunAsync("image", "load", "-i", "other.tar");

        text.ExitCode.Should().Be(1);
        text.Error.Should().StartWith("Error: load image notes.txt: not a docker save or OCI archive, or a damaged one: ").And.NotContain("   at ");
        other.ExitCode.Should().Be(1);
        other.Error.Should().Be("Error: load image other.tar: not a docker save or OCI archive, or a damaged one: it has neither manifest.json (docker save) nor index.json and blobs/ (OCI layout)\n");
    }

    [Fact]
    public async Task An_engine_failure_is_its_message_with_exit_1()
    {
        await File.WriteAllBytesAsync(Path.Combine(_directory, "images.tar"), TwoImages);
        _engine.FailImage("load", "images.tar", "write /var/lib/docker/tmp/x: no space left on device");

        var result = await RunAsync("image", "load", "-i", "images.tar");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("Error: load image images.tar: write /var/lib/docker/tmp/x: no space left on device\n");
    }

    [Fact]
    public async Task Image_without_a_subcommand_an_empty_input_and_a_dry_run_are_usage_errors()
    {
        var bare = await RunAsync("image");
        var noPath = await RunAsync("image", "load", "-i", "");
        var dryRun = await RunAsync(TwoImages, false, "--dry-run", "image", "load");

        noPath.ExitCode.Should().Be(2);
        noPath.Error.Should().StartWith("Error: -i/--input needs the path of an archive (leave it out to read stdin).");

        bare.ExitCode.Should().Be(2);
        bare.Error.Should().StartWith("Error: 'image' needs a subcommand: composectl image load [-i FILE]");
        dryRun.ExitCode.Should().Be(2);
        dryRun.Error.Should().StartWith("Error: --dry-run is not supported by 'image' yet; nothing was done.");
        _engine.Calls.Should().BeEmpty();
    }
}
