using Compose.Hashing;
using Compose.Loading;
using Compose.Loading.Binding;
using Compose.Loading.Interpolation;
using Compose.Loading.Yaml;
using Compose.Model;
using Compose.Planning;
using Compose.Tests.Conformance;

namespace Compose.Tests.Hashing;

/// <summary>
/// Hashes recorded with the reflection-driven writer of main before the generated one replaced it (config-hash
/// version 1). They label every container, network and volume composectl made: if one changes, the next <c>up</c>
/// recreates everything, so a change here is a new algorithm version, never an edit of these values. Only services
/// with no absolute path in their definition are pinned (bind mounts resolve against where the files are).
/// </summary>
public class PinnedHashTests
{
    [Fact]
    public void The_kitchen_sink_service_network_and_volume_hash_as_recorded()
    {
        ConfigHash.Compute(KitchenSink.Service).Should().Be("c87bcb978dcdb625df43d06bd0624a68c93d4668c6850c3b3b4ff93181274ebf");
        ConfigHash.Compute(KitchenSink.Service, KitchenSink.Files).Should().Be("1c02bcb59f910587a258d52a8683e7ac8b9678364ffe7f20f1e6714069a67c74");
        DefinitionHash.Of(KitchenSink.Network).Should().Be("b397ce31e61143528c75c210cf1f654e6895aacd5f17fadb52a11c12999e77a7");
        DefinitionHash.Of(KitchenSink.Volume).Should().Be("c768edd075a2fdfd6eb52064251053bb50a2f0fd110d1a30f50eca2118352c83");
    }

    [Fact]
    public async Task The_hello_example_hashes_as_recorded()
    {
        var project = await LoadAsync(Path.Combine(RepositoryPaths.Root, "examples", "hello", "compose.yaml"));

        Hashes(project).Should().Equal(new Dictionary<string, string>
        {
            ["probe"] = "4f9182c621512a4f3aceff2368a7f60702272f62faa5ffa9c809756e0b4eda54",
            ["web"] = "931c4634823cba5ceb5dd8aaf51d982607780653c9edccdbabe89c11ebad7a0a",
        });
        DefinitionHash.Of(project.Networks["default"]).Should().Be("3a88975dc640148c2f6522265a45d77d61947e90f4b6d6e10f903c49321f7681");
    }

    [CorpusFact]
    public async Task A_stack_with_a_secret_a_volume_and_a_healthcheck_hashes_as_recorded()
    {
        var project = await LoadAsync(Corpus.File("awesome-compose", "nginx-golang-postgres", "compose.yaml"));
        var digests = await ContentDigester.DigestAsync(project, CancellationToken.None);

        OwnHash(project, "backend", digests).Should().Be("e8530755ecd766818ad0302590377ca1bead776849e408fd52cfc2ac11c06820");
        OwnHash(project, "db", digests).Should().Be("f550932de1f72230935c00713d7b1da7b604b7b31d95f7e016606939f509acf6");
        ConfigHash.Compute(project.Services["db"]).Should().Be("6913f001e4bc7d9d96c6e09c994212c47e208125d53bad9b7d4a0fa0c45116e7");
        DefinitionHash.Of(project.Networks["default"]).Should().Be("53eef6f319698e201f5bfbf57874bd67c278251ff85738028415a6717316dd5b");
        DefinitionHash.Of(project.Volumes["db-data"]).Should().Be("135cc491a19448e6346d0becfd8b03358cef0d774bd35655808966db3955bc18");
    }

    [CorpusFact]
    public async Task Compose_go_s_full_example_networks_and_volumes_hash_as_recorded()
    {
        var project = await FullExampleAsync();

        ConfigHash.Compute(project.Services["bar"]).Should().Be("72e1bf171ecc045f260a09bf0c0b1c3000a8b5895cf7efc7244d56ff09448873");
        project.Networks.ToDictionary(n => n.Key, n => DefinitionHash.Of(n.Value)).Should().Equal(new Dictionary<string, string>
        {
            ["external-network"] = "85bc2ee5aaced6a16b4a9e518fe8a77c89d7d1b8ecfa6c9194b9f7f3160d90d7",
            ["other-external-network"] = "fa64372dc9716d8f26006e4576cf80a10d0ae6bf114d73324a7cfe92501bf698",
            ["other-network"] = "70f651c56b787630c56247090ac5aade34814c3c05a8baf23ce61c61fb261999",
            ["some-network"] = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
        });
        project.Volumes.ToDictionary(v => v.Key, v => DefinitionHash.Of(v.Value)).Should().Equal(new Dictionary<string, string>
        {
            ["another-volume"] = "87d836e47b912a9866eba19eebe01fa60fbb5d752bf4fcfb6047caee7d53f334",
            ["external-volume"] = "f15e7e452b98500560e0d97094235465e3165576821f5fc912c83d3e8de3410d",
            ["external-volume3"] = "969baa5e62d7b392f1a85663f2a33fb170ae4103d70a099ad6a5d1f5d067e148",
            ["other-external-volume"] = "69f0ab16587f68a2928a8159da33dea2bf220ddb9d538c0d7da60979234ac671",
            ["other-volume"] = "5ae7e6ae5af477dffe6d322f9ed630f798c4ecf9e3a5ca6e169d1e408b91bc2d",
            ["some-volume"] = "9020e38fe4793cdd66877e27813b0c9631ef8e8f83af283696a414cebb05e6af",
        });
    }

    /// <summary>The full example as compose-go's own test binds it (see <see cref="FullExampleTests"/>).</summary>
    public static async Task<Project> FullExampleAsync()
    {
        const string Name = "full_example_project_name";
        var directory = Corpus.PathOf("compose-go/loader");
        var variables = new VariableSource(new Dictionary<string, string>
        {
            ["HOME"] = CorpusLoader.Home, ["BAR"] = "this is a secret", ["QUX"] = "qux_from_environment", ["COMPOSE_PROJECT_NAME"] = Name,
        });
        var tree = YamlReader.Read("full-example.yml", await File.ReadAllTextAsync(Path.Combine(directory, "full-example.yml")));
        var root = (MappingNode)new Interpolator(variables, []).Interpolate(tree);
        var context = new BindingContext { ProjectName = Name, ProjectDirectory = directory, WorkingDirectory = directory, Variables = variables };
        return (await ModelBinder.BindAsync(root, context, normalize: false, CancellationToken.None)).Project;
    }

    private static async Task<Project> LoadAsync(string file) => (await ProjectLoader.LoadAsync(new LoadRequest
    {
        WorkingDirectory = Path.GetDirectoryName(file)!,
        Environment = CorpusLoader.CleanEnvironment,
        ConfigFiles = [file],
    }, CancellationToken.None)).Project;

    private static Dictionary<string, string> Hashes(Project project) => project.Services.ToDictionary(s => s.Key, s => ConfigHash.Compute(s.Value));

    /// <summary>The hash <c>up</c> labels: with the digests of the secrets and configs the service uses.</summary>
    private static string OwnHash(Project project, string service, IReadOnlyDictionary<string, string> digests) =>
        ConfigHash.Compute(project.Services[service], ServiceContents.KeysOf(project.Services[service]).ToDictionary(k => k, k => digests.GetValueOrDefault(k, "missing")));
}
