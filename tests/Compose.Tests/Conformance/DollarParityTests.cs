using Compose.Output;

namespace Compose.Tests.Conformance;

/// <summary>
/// <c>config</c> doubles every <c>$</c> of an interpolated project (issue 14, item 9), as docker compose v2 does
/// (cmd/compose/config.go, <c>escapeDollarSign</c>, over the whole YAML or JSON text unless <c>--no-interpolate</c>),
/// so the output loads back to the same values. docker compose doubles keys too, which are never interpolated, so
/// loading its output changes them; keys print as written here.
/// </summary>
public class DollarParityTests
{
    [CorpusFact]
    public async Task A_literal_dollar_prints_doubled_in_yaml_and_json()
    {
        var project = (await CorpusLoader.LoadAsync("awesome-compose/nginx-aspnet-mysql/compose.yaml")).Project;

        var yaml = YamlOutput.Write(ProjectDocument.From(project));
        var json = JsonOutput.Write(ProjectDocument.From(project));

        project.Services["db"].HealthCheck!.Test!.Value[1].Should().Contain("--password=\"$(cat /run/secrets/db-password)\"");
        yaml.Should().Contain("--password=\"$$(cat /run/secrets/db-password)\" --silent\n");
        json.Should().Contain("--password=\\\"$$(cat /run/secrets/db-password)\\\"");
    }

    [Fact]
    public async Task Keys_keep_their_dollar()
    {
        var project = await TestProjects.ProjectAsync("services:\n  web:\n    image: x\n    labels: {\"price$\": \"$$5\"}\n");

        YamlOutput.Write(ProjectDocument.From(project)).Should().Contain("      price$: $$5\n");
    }
}
