using Compose.Cli;
using Compose.Tests.Cli;

namespace Compose.Tests.Output;

public class ConfigCommandTests
{
    private const string Stack = """
        name: shop
        services:
          web:
            image: shop/web:${TAG:-1}
            depends_on: [api]
            profiles: [front]
          api:
            build: ./api
            volumes: [data:/data]
            networks: [back]
          tools:
            image: busybox
            profiles: [debug, ops]
        volumes:
          data:
        networks:
          back:
        """;

    private static async Task<string> ProjectDirectoryAsync(string yaml = Stack)
    {
        var directory = TestTemp.Directory("composectl-config-");
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), yaml);
        return directory;
    }

    private static async Task<string> RunAsync(string directory, params string[] args)
    {
        var result = await CliRunner.RunAsync(directory, new Dictionary<string, string> { ["COMPOSE_PROFILES"] = "*" }, ["config", .. args]);
        result.ExitCode.Should().Be(ExitCodes.Success, result.Error);
        return result.Out;
    }

    [Fact]
    public async Task Variables_lists_each_variable_of_every_file_uninterpolated_with_its_requirement_default_and_alternate()
    {
        var directory = await ProjectDirectoryAsync("""
            services:
              web:
                image: "nginx:${TAG:-1.25}"
                ports: ["${PORT:?set PORT}:80"]
                environment: {LITERAL: $$HOME, NESTED: "${A:-${B:-c}}"}
            """);
        await File.WriteAllTextAsync(Path.Combine(directory, "compose.override.yaml"), "services:\n  web:\n    environment: {MODE: \"${MODE:+prod}\", TAG_AGAIN: $TAG}\n");

        var table = await RunAsync(directory, "--variables");
        var json = await RunAsync(directory, "--variables", "--format", "json");

        table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Should().Equal(
            "NAME REQUIRED DEFAULT VALUE ALTERNATE VALUE",
            "A false ${B:-c}",
            "B false c",
            "MODE false prod",
            "PORT true",
            "TAG false 1.25");
        json.Should().Contain("\"PORT\": {\n    \"DefaultValue\": \"\",\n    \"Name\": \"PORT\",\n    \"PresenceValue\": \"\",\n    \"Required\": true\n  }");
    }

    [CorpusFact]
    public async Task No_consistency_prints_a_file_meant_to_be_completed_that_is_otherwise_refused()
    {
        var directory = Corpus.File("compose-e2e", "testdata", "TestLocalComposeConfigNoConsistency");

        var refused = await CliRunner.RunAsync(directory, null, ["-p", "partial", "config"]);
        var printed = await CliRunner.RunAsync(directory, null, ["-p", "partial", "config", "--no-consistency"]);

        refused.ExitCode.Should().Be(ExitCodes.Failure);
        refused.Error.Should().Contain("service \"incomplete\" has neither an image nor a build context");
        printed.ExitCode.Should().Be(ExitCodes.Success, printed.Error);
        printed.Out.Should().Contain("  incomplete:\n").And.Contain("model: ai/example");
    }

    [Fact]
    public async Task List_flags_print_one_name_per_line()
    {
        var directory = await ProjectDirectoryAsync();

        (await RunAsync(directory, "--services")).Should().Be("api\ntools\nweb\n");
        (await RunAsync(directory, "--volumes")).Should().Be("data\n");
        (await RunAsync(directory, "--networks")).Should().Be("back\ndefault\n");
        (await RunAsync(directory, "--profiles")).Should().Be("debug\nfront\nops\n");
        (await RunAsync(directory, "--images")).Should().Be("shop-api\nbusybox\nshop/web:1\n");
    }

    [Fact]
    public async Task Hash_prints_the_config_hash_of_the_named_services_or_all()
    {
        var directory = await ProjectDirectoryAsync();

        var all = await RunAsync(directory, "--hash", "*");
        var one = await RunAsync(directory, "--hash", "web");

        all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).Should().Equal("api", "tools", "web");
        one.Should().MatchRegex("^web [0-9a-f]{64}\n$");
        all.Should().Contain(one);
    }

    [Fact]
    public async Task Services_named_on_the_command_line_bring_their_dependencies()
    {
        var directory = await ProjectDirectoryAsync();

        (await RunAsync(directory, "--services", "web")).Should().Be("api\nweb\n");
    }

    [Fact]
    public async Task Output_goes_to_a_file_with_o_and_quiet_prints_nothing()
    {
        var directory = await ProjectDirectoryAsync();

        (await RunAsync(directory, "-o", "out.yaml")).Should().BeEmpty();
        (await RunAsync(directory, "-q")).Should().BeEmpty();

        var written = await File.ReadAllTextAsync(Path.Combine(directory, "out.yaml"));
        written.Should().StartWith("name: shop\nservices:\n").And.Contain("image: shop/web:1");
    }

    [Fact]
    public async Task No_interpolate_keeps_variables_as_written()
    {
        var directory = await ProjectDirectoryAsync();

        (await RunAsync(directory, "--no-interpolate")).Should().Contain("image: shop/web:${TAG:-1}");
    }

    [Fact]
    public async Task Resolving_image_digests_is_refused_until_it_is_supported()
    {
        var directory = await ProjectDirectoryAsync();

        var result = await CliRunner.RunAsync(directory, null, "config", "--resolve-image-digests");

        result.ExitCode.Should().Be(ExitCodes.Failure);
        result.Error.Should().Contain("--resolve-image-digests is not supported yet");
    }
}
