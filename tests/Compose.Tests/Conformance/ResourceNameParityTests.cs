using Compose.Errors;
using Compose.Observing;
using Compose.Output;
using Compose.Planning;
using Compose.Tests.Planning;

namespace Compose.Tests.Conformance;

/// <summary>
/// Names of top-level resources as docker compose gives them (issue 14, items 1 and 8). compose-go's
/// <c>setNameFromKey</c> (loader/normalize.go) names every network, volume, secret and config without a <c>name:</c>:
/// external ones by their key, the others <c>&lt;project&gt;_&lt;key&gt;</c>. A <c>name:</c> that is written but comes
/// out empty is not "no name" there: it stays empty, and docker compose's <c>up</c> then fails on an external one
/// (<c>external volume "" not found</c>: the engine client answers an empty name with "not found").
/// </summary>
public class ResourceNameParityTests
{
    [CorpusFact]
    public async Task A_file_secret_is_named_after_the_project()
    {
        var project = (await CorpusLoader.LoadAsync("awesome-compose/nginx-aspnet-mysql/compose.yaml")).Project;

        project.Secrets["db-password"].Name.Should().Be("nginx-aspnet-mysql_db-password");
        YamlOutput.Write(ProjectDocument.From(project)).Should().Contain("secrets:\n  db-password:\n    name: nginx-aspnet-mysql_db-password\n    file: /");
    }

    [Fact]
    public async Task Secrets_and_configs_of_every_source_are_named_by_the_same_rule()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web:
                image: x
                secrets: [from_file, from_env, outside, renamed, named]
                configs: [inline, outside_config]
            secrets:
              from_file: {file: ./a.txt}
              from_env: {environment: TOKEN}
              outside: {external: true}
              renamed: {external: true, name: shared-token}
              named: {file: ./b.txt, name: my-secret}
            configs:
              inline: {content: "x=1"}
              outside_config: {external: true}
            """);

        project.Secrets.ToDictionary(s => s.Key, s => s.Value.Name).Should().Equal(new Dictionary<string, string?>
        {
            ["from_env"] = "test_from_env", ["from_file"] = "test_from_file", ["named"] = "my-secret", ["outside"] = "outside", ["renamed"] = "shared-token",
        });
        project.Configs.ToDictionary(c => c.Key, c => c.Value.Name).Should().Equal(new Dictionary<string, string?>
        {
            ["inline"] = "test_inline", ["outside_config"] = "outside_config",
        });
    }

    [CorpusFact]
    public async Task An_external_volume_whose_name_comes_out_empty_keeps_it_empty_and_prints_it()
    {
        const string File = "compose-e2e/testdata/TestUpSwitchVolumes/compose.yaml";

        var unset = (await CorpusLoader.LoadAsync(File)).Project;
        var set = (await CorpusLoader.LoadAsync(File, new Dictionary<string, string> { ["HOME"] = CorpusLoader.Home, ["EXTERNAL_VOLUME"] = "ext-1" })).Project;

        unset.Volumes["my_vol"].Name.Should().BeEmpty("docker compose leaves it unset rather than fall back to the key");
        YamlOutput.Write(ProjectDocument.From(unset)).Should().Contain("volumes:\n  my_vol:\n    name: \"\"\n    external: true\n");
        set.Volumes["my_vol"].Name.Should().Be("ext-1");
    }

    [Fact]
    public async Task Only_a_written_empty_name_stays_empty_and_only_on_external_resources()
    {
        var project = await TestProjects.ProjectAsync("""
            services:
              web: {image: x, networks: [outside, own], volumes: ["outside:/a", "own:/b", "keyed:/c"]}
            networks:
              outside: {external: true, name: "${UNSET}"}
              own: {name: "${UNSET}"}
            volumes:
              outside: {external: true, name: "${UNSET}"}
              own: {name: "${UNSET}"}
              keyed: {external: true}
            """);

        project.Networks.ToDictionary(n => n.Key, n => n.Value.Name).Should().Equal(new Dictionary<string, string>
        {
            ["outside"] = "", ["own"] = "test_own",
        });
        project.Volumes.ToDictionary(v => v.Key, v => v.Value.Name).Should().Equal(new Dictionary<string, string>
        {
            ["keyed"] = "keyed", ["outside"] = "", ["own"] = "test_own",
        });
    }

    [CorpusFact]
    public async Task Up_refuses_an_external_volume_with_an_empty_name_rather_than_use_the_one_its_key_names()
    {
        var project = (await CorpusLoader.LoadAsync("compose-e2e/testdata/TestUpSwitchVolumes/compose.yaml")).Project;
        var scenario = new Scenario();
        scenario.Engine.SeedVolume("my_vol");

        var act = () => scenario.PlanUpAsync(project);

        (await act.Should().ThrowAsync<ComposeException>()).WithMessage(
            "volumes.my_vol is external but its name is empty (name: came out empty, most likely an unset variable); set the variable, or leave name: out to use the one named my_vol.");
    }

    [Fact]
    public async Task Up_refuses_an_external_network_with_an_empty_name()
    {
        var project = await TestProjects.ProjectAsync("services:\n  web:\n    image: x\n    networks: [front]\nnetworks:\n  front: {external: true, name: \"${UNSET}\"}\n");

        var act = () => Planner.PlanUp(project, ObservedState.Empty("test"), new UpOptions());

        act.Should().Throw<ComposeException>().WithMessage("networks.front is external but its name is empty*");
    }
}
