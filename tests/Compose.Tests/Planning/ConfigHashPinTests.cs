using Compose.Hashing;
using Compose.Loading;
using Compose.Planning;
using Compose.Tests.Conformance;

namespace Compose.Tests.Planning;

/// <summary>
/// The config hashes of representative services, as the build before issue 14 printed them (<c>composectl config
/// --hash '*'</c>, a clean environment with HOME only). Containers carry these values: if one changes, every stack
/// brought up with that service is recreated by the next <c>up</c> after an upgrade. Only services whose hash does not
/// depend on where the files are (no bind mounts) are pinned, so the values hold in any checkout. A change here is
/// either a bug or needs a new hash version (<see cref="ConfigHash"/>) that judges old containers by their own.
/// </summary>
public class ConfigHashPinTests
{
    public static TheoryData<string, string, string> CorpusServices() => new()
    {
        { "compose-e2e/testdata/TestScaleBasicCases/compose.yaml", "back", "f6e82d7081014ab8a901d516d671b5acfa492417330bb2317075ad42d12628c9" },
        { "compose-e2e/testdata/TestScaleBasicCases/compose.yaml", "db", "8eca1ca1debb27fb338ede0286448ef891394fc26def687d6d23442404a911c4" }, // bare MAYBE, unset
        { "compose-e2e/testdata/TestScaleBasicCases/compose.yaml", "front", "a50d4931413d99deb5679e2facdbaee02cd8e5e4872d37fc43abe874eba5ad1a" },
        { "compose-e2e/testdata/TestUnsetEnv/compose.yaml", "empty-variable", "d7e7c0c0e2fab445acd155161014f440adb4718f7de80e1078fab4b7c6fac4a9" },
        { "compose-e2e/fixtures/config_hash/compose.yaml", "with-env-file", "132851dc26a53f954c722951e4dc2f658833b1b6d0c0552e85c0c7f21bbf2469" },
        { "compose-e2e/fixtures/config_hash/compose.yaml", "optional-env", "782737129299cde4297ca6f7bbd3dea3d4657f772eb677bc05f0b798778d083c" },
        { "compose-e2e/testdata/TestRawEnvFile/compose.yaml", "test", "f43bf0f88c235713395da4fdaf4449f09a586e424e62c1b4bc0525fd74dbf662" },
        { "compose-e2e/testdata/TestEnvPriorityComposeEnvFile/compose.yaml", "env-compose-priority", "197b93e9acdfc08d5d97b7aa1f2127af01b29ac71f4be524fb43d11180629196" },
        { "compose-go/cli/testdata/env-file/compose-with-env-files.yaml", "simple", "ee7f3d3095e18e4941eaeb2f1a4afb683625b3a5115bbda788108f3ae7e53c80" },
        { "awesome-compose/nginx-aspnet-mysql/compose.yaml", "backend", "530d2b187a141ace0c59c5774a131c0c3245b87b2d58c2ebc0a0b0d3fa2182d0" }, // short secret
        { "awesome-compose/nginx-aspnet-mysql/compose.yaml", "db", "aa43a150799fb53bbf33b4141da66b30a9e4f104997fcd6bac447f0e8979c449" },
        { "awesome-compose/react-express-mysql/compose.yaml", "db", "b738e3e103f39f0fb3dd3783bb919d809e649a160ae140b7ad383ead31087fc0" },
        { "compose-e2e/testdata/TestSecretFromEnv/compose.yaml", "included", "7b25cb1a37ac3f90d0329085cb86c45ce6ecff69d69620cd8761557291538948" },
        { "compose-e2e/testdata/TestConfigFromEnv/compose.yaml", "from_env", "2178f37c850a88c5e2d59ce09ac3ec8222410cce8c7d898540a40458ca8a0fed" },
        { "compose-e2e/testdata/TestConfigFromEnv/compose.yaml", "target", "e2b55953d41ab27842d77b64340b2c3103b4a95a34b48e0b3b2f134dfeb52e87" },
        { "compose-e2e/testdata/TestProviderRawSetEnvOverridesInheritedEnv/compose.yaml", "test", "da01e8e737fe7fc9052a06e6023ad23bbf234da70ffd027ba668968e11eb6947" },
        { "compose-e2e/testdata/TestUpSwitchVolumes/compose.yaml", "app", "97007b9ac8c4e0a86ee123ec706f98f213a62d6e08cd819c1cf24a6fd6c7f02f" },
        { "compose-e2e/fixtures/project-volume-bind-test/docker-compose.yml", "frontend", "bfaedcf201dfd338e3f87a828fe4be0814224f34851124f320de56692efb1092" },
    };

    public static TheoryData<string, string, string> ExampleServices() => new()
    {
        { "hello", "web", "931c4634823cba5ceb5dd8aaf51d982607780653c9edccdbabe89c11ebad7a0a" },
        { "hello", "probe", "4f9182c621512a4f3aceff2368a7f60702272f62faa5ffa9c809756e0b4eda54" },
        { "build", "web", "cdb0fde839361ff2f77224be45f0b2d9e78f247de68a6f91acdfe68689574cc9" },
        { "build", "fetcher", "448cfb80d603d7e45150444cedcbee9136e5353ca4514ecde3faf9d9f4195fa5" },
    };

    /// <summary>One project of our own for what the corpus lacks; the values were printed by the same build.</summary>
    private const string Own = """
        services:
          bare:
            image: busybox:latest
            environment: [UNSET_ANYWHERE, SET=1]
          short-secret:
            image: busybox:latest
            secrets: [token]
          explicit-secret:
            image: busybox:latest
            secrets: [{source: token, target: /run/secrets/token}]
          labelled:
            image: busybox:latest
            label_file: app.labels
            labels: {own: "yes"}
        secrets:
          token:
            file: ./token.txt
        """;

    [CorpusTheory]
    [MemberData(nameof(CorpusServices))]
    public async Task A_corpus_service_keeps_its_hash(string file, string service, string hash)
    {
        var project = (await CorpusLoader.LoadAsync(file)).Project;

        ConfigHash.Compute(project.Services[service]).Should().Be(hash);
    }

    [Theory]
    [MemberData(nameof(ExampleServices))]
    public async Task An_example_service_keeps_its_hash(string example, string service, string hash)
    {
        var project = (await ProjectLoader.LoadAsync(new LoadRequest
        {
            WorkingDirectory = Path.Combine(RepositoryPaths.Examples, example),
            Environment = CorpusLoader.CleanEnvironment,
        }, CancellationToken.None)).Project;

        ConfigHash.Compute(project.Services[service]).Should().Be(hash);
    }

    [Fact]
    public async Task Services_of_our_own_keep_their_hashes()
    {
        var project = (await TestProjects.LoadAsync(Own, extraFiles: new Dictionary<string, string> { ["app.labels"] = "from.file=1\nown=no\n", ["token.txt"] = "t" })).Project;

        project.Services.ToDictionary(s => s.Key, s => ConfigHash.Compute(s.Value)).Should().Equal(new Dictionary<string, string>
        {
            ["bare"] = "c6fc6baf69e93b1076998195c21cf56ecfd797d9a137726487196c2d48960aa6",
            ["explicit-secret"] = "a9ce056e074539dd0f97174726f1ef190529db663b96d94bdefa1be6db6868ab",
            ["labelled"] = "1c64a66b24b9cba9a5b23df817a9a79c7fdc63862dac5f6168ee115b8314b776",
            ["short-secret"] = "dd33124c294314e0defd0001bb43a6b831bea98bada4ee16c1f1e9b49965d576",
        });
    }

    /// <summary>
    /// The one change on purpose: an env_file value hidden by a bare name set nowhere. The old build gave the
    /// container the file's value (hash 874c…); docker compose, and now composectl, leave the variable unset, so the
    /// service hashes as the old build hashed it written without that variable (5e32…) and its container is recreated.
    /// </summary>
    [Fact]
    public async Task An_env_file_value_hidden_by_a_bare_unset_name_changes_the_hash_to_that_of_the_service_without_it()
    {
        var hidden = (await TestProjects.LoadAsync(
            "services:\n  app:\n    image: busybox:latest\n    env_file: app.env\n    environment: [FROM_FILE, SET=1]\n",
            extraFiles: new Dictionary<string, string> { ["app.env"] = "FROM_FILE=file\nKEEP=kept\n" })).Project.Services["app"];

        ConfigHash.Compute(hidden).Should().Be("5e327ef94c6cd52954f5e0a2b288955baef6fc3c892e7178232f937301364b94")
            .And.NotBe("874c591e103a247431032d8cc20d931b0b322274c15b8ed706cf654037da8de7");
    }
}
