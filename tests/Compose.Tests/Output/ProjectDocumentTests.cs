using Compose.Output;

namespace Compose.Tests.Output;

public class ProjectDocumentTests
{
    private static async Task<string> YamlAsync(string yaml, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyDictionary<string, string>? files = null) =>
        YamlOutput.Write(ProjectDocument.From((await TestProjects.LoadAsync(yaml, environment, extraFiles: files)).Project));

    [Fact]
    public async Task Prints_docker_compose_s_long_syntax_and_units()
    {
        var text = await YamlAsync("""
            services:
              web:
                image: busybox
                ports: ["8080:80"]
                volumes: ["data:/data:ro"]
                depends_on: [db]
                mem_limit: 1g
                stop_grace_period: 90s
                deploy: {resources: {limits: {cpus: '0.5', memory: 50M}}}
              db: {image: busybox}
            volumes:
              data:
            """);

        text.Should().Contain("""
                depends_on:
                  db:
                    condition: service_started
                    required: true
            """.Replace("\r\n", "\n"));
        text.Should().Contain("      resources:\n        limits:\n          cpus: 0.5\n          memory: \"52428800\"\n");
        text.Should().Contain("    mem_limit: \"1073741824\"\n");
        text.Should().Contain("    ports:\n      - mode: ingress\n        target: 80\n        published: \"8080\"\n        protocol: tcp\n");
        text.Should().Contain("    stop_grace_period: 1m30s\n");
        text.Should().Contain("    volumes:\n      - type: volume\n        source: data\n        target: /data\n        read_only: true\n        volume: {}\n");
        text.Should().Contain("volumes:\n  data:\n    name: test_data\n");
    }

    [Fact]
    public async Task Dollars_in_values_are_doubled_so_the_output_loads_back_unchanged()
    {
        var text = await YamlAsync("services:\n  web:\n    image: busybox\n    command: echo $$HOME ${GREETING}\n", new Dictionary<string, string> { ["GREETING"] = "hi $$ you" });

        text.Should().Contain("      - $$HOME\n").And.Contain("      - hi\n").And.Contain("      - $$$$\n");
    }

    [Fact]
    public async Task Env_files_leave_the_output_once_merged_and_print_as_paths_unless_optional_when_not_read()
    {
        const string Yaml = "services:\n  web:\n    image: busybox\n    env_file:\n      - a.env\n      - {path: b.env, required: false, format: raw}\n";
        var files = new Dictionary<string, string> { ["a.env"] = "A=1\n" };

        var merged = YamlOutput.Write(ProjectDocument.From(
            (await TestProjects.LoadAsync(Yaml, extraFiles: files, adjust: r => r with { DiscardEnvFiles = true })).Project));
        var notRead = YamlOutput.Write(ProjectDocument.From(
            (await TestProjects.LoadAsync(Yaml, extraFiles: files, adjust: r => r with { Interpolate = false })).Project, escapeDollars: false));

        merged.Should().Contain("    environment:\n      A: \"1\"\n").And.NotContain("env_file");
        notRead.Should().MatchRegex(@"env_file:\n      - /.+/a\.env\n      - path: /.+/b\.env\n        required: false\n        format: raw\n")
            .And.NotContain("environment", "config --no-interpolate does not read env files, as docker compose");
    }

    [Fact]
    public async Task Json_output_keeps_numbers_numbers_and_strings_strings()
    {
        var project = (await TestProjects.LoadAsync("services:\n  web:\n    image: busybox\n    ports: [\"80\"]\n    cpus: 1.5\n")).Project;

        using var json = System.Text.Json.JsonDocument.Parse(JsonOutput.Write(ProjectDocument.From(project)));
        var web = json.RootElement.GetProperty("services").GetProperty("web");
        web.GetProperty("cpus").GetDecimal().Should().Be(1.5m);
        web.GetProperty("ports")[0].GetProperty("target").GetInt32().Should().Be(80);
    }
}
