using System.Globalization;
using System.Text;
using Compose.Errors;
using Compose.Loading;
using Compose.Loading.Files;
using Compose.Loading.Yaml;

namespace Compose.Tests.Loading;

/// <summary>
/// Inputs that once ended in an internal error (exit 70), a stack overflow or a silent change (issue 16): each is now
/// a compose error saying where and what to do, or loads as it should.
/// </summary>
public class HostileInputTests
{
    [Fact]
    public async Task An_unclosed_flow_sequence_followed_by_text_is_invalid_yaml_at_its_place()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    image: busybox\n    command: [\nx\n"));

        var error = await Refused(tree);

        error.Location.Should().Be(new SourceLocation("compose.yaml", 5, 1));
        error.Problem.Should().StartWith("invalid YAML: the YAML parser could not read past this point; look for an unclosed '['");
    }

    [Fact]
    public async Task An_invalid_global_tag_is_invalid_yaml_at_its_place()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    image: !!+x busybox\n"));

        var error = await Refused(tree);

        error.Location!.Line.Should().Be(3);
        error.Problem.Should().Contain("a tag that is not valid");
    }

    [Theory]
    [InlineData("services:\n  a:\n    build: \"a\\0b\"\n", 3, "services.a.build")]
    [InlineData("services:\n  a:\n    build: {context: \"a\\0b\"}\n", 3, "services.a.build.context")]
    [InlineData("services:\n  a:\n    build: {context: ., dockerfile: \"a\\0b\"}\n", 3, "services.a.build.dockerfile")]
    [InlineData("services:\n  a:\n    build: {context: ., additional_contexts: {x: \"a\\0b\"}}\n", 3, "services.a.build.additional_contexts")]
    [InlineData("services:\n  a:\n    image: busybox\n    volumes: [\"./a\\0b:/x\"]\n", 4, "services.a.volumes[0]")]
    [InlineData("services:\n  a:\n    image: busybox\n    volumes: [{type: bind, source: \"./a\\0b\", target: /x}]\n", 4, "services.a.volumes[0]")]
    [InlineData("services:\n  a:\n    image: busybox\n    env_file: \"a\\0b\"\n", 4, "services.a.env_file")]
    [InlineData("services:\n  a:\n    image: busybox\n    env_file: [{path: \"a\\0b\"}]\n", 4, "services.a.env_file[0].path")]
    [InlineData("services:\n  a:\n    image: busybox\n    label_file: \"a\\0b\"\n", 4, "services.a.label_file")]
    [InlineData("services:\n  a:\n    image: busybox\nsecrets:\n  s:\n    file: \"a\\0b\"\n", 6, "secrets.s.file")]
    [InlineData("services:\n  a:\n    image: busybox\nconfigs:\n  c:\n    file: \"a\\0b\"\n", 6, "configs.c.file")]
    [InlineData("services:\n  a:\n    extends: {file: \"a\\0b\", service: x}\n", 3, "services.a.extends.file")]
    [InlineData("include: [\"a\\0b\"]\nservices: {}\n", 1, "include")]
    [InlineData("include: [{path: x.yaml, project_directory: \"a\\0b\"}]\nservices: {}\n", 1, "include.project_directory")]
    [InlineData("include: [{path: x.yaml, env_file: \"a\\0b\"}]\nservices: {}\n", 1, "include.env_file")]
    [InlineData("services:\n  a:\n    image: busybox\n    develop:\n      watch: [{path: \"a\\0b\", action: sync, target: /x}]\n", 5, "services.a.develop.watch[0].path")]
    public async Task A_nul_character_in_a_path_is_refused_where_the_path_is_written(string yaml, int line, string keyPath)
    {
        var tree = TempTree.Create(("compose.yaml", yaml), ("x.yaml", "services: {}\n"));

        var error = await Refused(tree);

        error.Location!.Line.Should().Be(line);
        error.KeyPath.Should().Be(keyPath);
        error.Problem.Should().EndWith("holds a NUL character (\\0), which no file name can; remove it.");
    }

    [Fact]
    public async Task A_nul_character_in_a_command_line_path_names_the_option()
    {
        var tree = TempTree.Create(("compose.yaml", "services: {a: {image: busybox}}\n"));

        var act = () => tree.LoadAsync(adjust: r => r with { ConfigFiles = ["compose\0.yaml"] });

        (await act.Should().ThrowAsync<ComposeException>()).Which.Message.Should().StartWith("-f: the path 'compose\\0.yaml' holds a NUL character");
    }

    [Theory]
    [InlineData("healthcheck: {test: [CMD, x], start_period: 99999999999999999999999}", "services.a.healthcheck.start_period")]
    [InlineData("stop_grace_period: 99999999999999999h", "services.a.stop_grace_period")]
    [InlineData("stop_grace_period: 2562048h", "services.a.stop_grace_period")]
    [InlineData("cpu_rt_period: 99999999999999999h", "services.a.cpu_rt_period")]
    public async Task A_duration_beyond_gos_range_is_refused_not_clamped(string entry, string keyPath)
    {
        var tree = TempTree.Create(("compose.yaml", $"services:\n  a:\n    image: busybox\n    {entry}\n"));

        var error = await Refused(tree);

        error.KeyPath.Should().Be(keyPath);
        error.Problem.Should().Contain("is longer than the longest duration (2562047h47m16s); write a shorter one.");
    }

    [Fact]
    public async Task The_longest_go_duration_still_loads()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    image: busybox\n    stop_grace_period: 2562047h\n"));

        var project = (await tree.LoadAsync()).Project;

        project.Services["a"].StopGracePeriod.Should().Be(TimeSpan.FromHours(2562047));
    }

    [Fact]
    public async Task An_include_through_a_symlink_loop_is_refused_at_the_entry()
    {
        var tree = TempTree.Create(("compose.yaml", "include: [l1/compose.yaml]\nservices: {}\n"));
        File.CreateSymbolicLink(tree.Path("l1"), "l2");
        File.CreateSymbolicLink(tree.Path("l2"), "l1");

        var error = await Refused(tree);

        error.Location.Should().Be(new SourceLocation("compose.yaml", 1, 11));
        error.Problem.Should().Be("l1/compose.yaml: too many levels of symbolic links (a symlink loop); fix the links on this path.");
    }

    [Fact]
    public async Task An_include_through_a_directory_symlink_pointing_up_is_a_cycle()
    {
        var tree = TempTree.Create(("compose.yaml", "include: [sub/parent/compose.yaml]\nservices: {a: {image: busybox}}\n"));
        Directory.CreateDirectory(tree.Path("sub"));
        Directory.CreateSymbolicLink(tree.Path("sub/parent"), "..");

        var error = await Refused(tree);

        error.Problem.Should().StartWith("include cycle: compose.yaml -> sub/parent/compose.yaml;");
    }

    [Theory]
    [InlineData("sequences")]
    [InlineData("mappings")]
    public async Task Nesting_twenty_thousand_levels_deep_is_refused_without_a_stack_overflow(string kind)
    {
        var value = kind == "sequences"
            ? new string('[', 20_000) + new string(']', 20_000)
            : string.Concat(Enumerable.Repeat("{a: ", 20_000)) + "b" + new string('}', 20_000);
        var tree = TempTree.Create(("compose.yaml", $"services:\n  a:\n    image: busybox\n    x-deep: {value}\n"));

        var error = await Refused(tree);

        error.Location!.Line.Should().Be(4);
        error.Problem.Should().StartWith($"mappings and lists nest more than {YamlReader.MaxDepth} levels deep here");
    }

    [Fact]
    public void Aliases_nested_in_each_other_count_towards_the_depth()
    {
        var yaml = new StringBuilder("x-c0: &c0 [leaf]\n");
        for (var i = 1; i <= 2_000; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"x-c{i}: &c{i} [*c{i - 1}]\n");
        }

        var act = () => YamlReader.Read("c.yaml", yaml.ToString());

        act.Should().Throw<ComposeFileException>().Which.Message.Should()
            .StartWith($"c.yaml:{YamlReader.MaxDepth}:").And.Contain($"nest more than {YamlReader.MaxDepth} levels deep here");
    }

    [Fact]
    public async Task Nesting_as_deep_as_allowed_goes_through_every_stage()
    {
        // Two files, so the merge stage walks the deep value too; the depth counts the file's own levels. The loader
        // runs on thread-pool threads (1.5 MiB stacks), as it does here.
        var depth = YamlReader.MaxDepth - 3;
        var deep = new string('[', depth) + new string(']', depth);
        var tree = TempTree.Create(
            ("compose.yaml", $"services:\n  a:\n    image: busybox\n    x-deep: {deep}\n"),
            ("compose.override.yaml", $"services:\n  a:\n    x-deep: {deep}\n"));

        var project = await tree.LoadAsync();

        project.Project.Services["a"].Extensions.Should().ContainKey("x-deep");
    }

    [Fact]
    public async Task A_character_device_is_refused_without_being_read()
    {
        var tree = TempTree.Create(("compose.yaml", "services: {}\n"));

        var act = () => tree.LoadAsync(adjust: r => r with { ConfigFiles = ["/dev/zero"] });

        (await act.Should().ThrowAsync<ComposeException>()).Which.Message.Should().Be("/dev/zero is a character device, not a regular file; name a file.");
    }

    [Fact]
    public async Task A_file_over_the_size_bound_is_refused_without_being_read()
    {
        var tree = TempTree.Create(("compose.yaml", "services: {}\n"));
        using (var sparse = File.Create(tree.Path("huge.yaml")))
        {
            sparse.SetLength(SourceFile.MaxBytes + 1L);
        }

        var act = () => tree.LoadAsync(adjust: r => r with { ConfigFiles = ["huge.yaml"] });

        (await act.Should().ThrowAsync<ComposeException>()).Which.Message.Should().StartWith("huge.yaml is larger than 64 MiB");
    }

    [Fact]
    public async Task Dev_null_still_reads_as_an_empty_env_file()
    {
        var tree = TempTree.Create(("compose.yaml", "services: {a: {image: busybox}}\n"));

        var result = await tree.LoadAsync(adjust: r => r with { EnvFiles = ["/dev/null"] });

        result.Project.Services.Should().ContainKey("a");
    }

    [Fact]
    public void Many_distinct_nodes_without_aliases_are_no_alias_bomb()
    {
        var yaml = "a: [" + string.Join(",", Enumerable.Repeat("1", (int)YamlReader.MaxExpandedNodes + 10)) + "]\n";

        var root = (MappingNode)YamlReader.Read("c.yaml", yaml);

        ((SequenceNode)root["a"]!).Items.Length.Should().Be((int)YamlReader.MaxExpandedNodes + 10);
    }

    [Fact]
    public async Task Invalid_utf8_is_refused_with_its_line_and_column()
    {
        var tree = TempTree.Create();
        await File.WriteAllBytesAsync(tree.Path("compose.yaml"), [.. "services:\n  a:\n    image: busy"u8, 0xFF, .. "box\n"u8]);

        var error = await Refused(tree);

        error.Location.Should().Be(new SourceLocation("compose.yaml", 3, 16));
        error.Problem.Should().Be("invalid UTF-8 (byte 0xFF at offset 30); save the file as UTF-8.");
    }

    [Fact]
    public async Task Invalid_utf8_in_an_env_file_is_refused_with_its_line()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    image: busybox\n    env_file: a.env\n"));
        await File.WriteAllBytesAsync(tree.Path("a.env"), [.. "A=1\nB="u8, 0xC3, (byte)'\n']);

        var error = await Refused(tree);

        error.Location.Should().Be(new SourceLocation("a.env", 2, 3));
    }

    [Fact]
    public async Task Control_characters_are_refused_as_yaml_refuses_them()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    image: busy\u0001box\n"));

        var error = await Refused(tree);

        error.Location.Should().Be(new SourceLocation("compose.yaml", 3, 16));
        error.Problem.Should().StartWith("control characters are not allowed in YAML (found U+0001)");
    }

    [Fact]
    public async Task A_raw_nul_byte_is_refused_rather_than_ending_the_file()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    image: busybox\n\0  b:\n    image: busybox\n"));

        var error = await Refused(tree);

        error.Location.Should().Be(new SourceLocation("compose.yaml", 4, 1));
    }

    [Fact]
    public async Task Utf16_with_a_byte_order_mark_still_loads()
    {
        var tree = TempTree.Create();
        await File.WriteAllTextAsync(tree.Path("compose.yaml"), "services:\n  a:\n    image: busybox\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var result = await tree.LoadAsync();

        result.Project.Services["a"].Image.Should().Be("busybox");
    }

    private static async Task<ComposeFileException> Refused(TempTree tree) =>
        (await tree.Invoking(t => t.LoadAsync()).Should().ThrowAsync<ComposeFileException>()).Which;
}
