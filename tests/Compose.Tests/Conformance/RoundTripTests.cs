using Compose.Loading;
using Compose.Output;
using Compose.Hashing;
using Compose.Planning;

namespace Compose.Tests.Conformance;

/// <summary>
/// <c>config</c>'s output is itself a compose file that loads back to the same model: for every corpus file that
/// loads, the second output equals the first and every service keeps its config hash, but for one thing: the
/// output writes a short-syntax secret's default target (<c>/run/secrets/NAME</c>, as docker compose does), and
/// version 1 of the hash tells a written target from a defaulted one (it must, to keep the hashes of stacks
/// already up: see <see cref="HashView"/>). So the reloaded services hash as the first ones with that target written.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string> LoadableFiles()
    {
        var data = new TheoryData<string>();
        if (Corpus.Directory is null && Corpus.IsRequired)
        {
            data.Add(CorpusFiles.Missing);
        }

        foreach (var row in Corpus.Directory is null ? [] : CorpusFiles.All())
        {
            if (!KnownFixtureFailures.Reasons.ContainsKey(row))
            {
                data.Add(row);
            }
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(LoadableFiles))]
    public async Task Config_of_config_gives_the_same_model(string file)
    {
        var loaded = await CorpusLoader.LoadAsync(file);
        var first = loaded.Project;
        var text = YamlOutput.Write(ProjectDocument.From(first));
        var directory = TestTemp.Directory("composectl-roundtrip-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "compose.yaml"), text);
            var second = (await ProjectLoader.LoadAsync(new LoadRequest
            {
                WorkingDirectory = directory,
                Environment = CorpusLoader.CleanEnvironment,
                // The output keeps services' profiles: activate the same ones, or those services drop out.
                Profiles = [.. loaded.ActiveProfiles],
            }, CancellationToken.None)).Project;

            YamlOutput.Write(ProjectDocument.From(second)).Should().Be(text);
            second.Services.ToDictionary(s => s.Key, s => ConfigHash.Compute(s.Value))
                .Should().Equal(first.Services.ToDictionary(s => s.Key, s => ConfigHash.Compute(WithSecretTargetsWritten(s.Value))));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Compose.Model.Service WithSecretTargetsWritten(Compose.Model.Service service) => service with
    {
        Secrets = [.. service.Secrets.Select(r => r with { Target = r.Target ?? $"/run/secrets/{r.Source}" })],
    };
}
