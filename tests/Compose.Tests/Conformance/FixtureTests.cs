using Compose.Errors;

namespace Compose.Tests.Conformance;

/// <summary>
/// Every compose-go and docker/compose fixture either loads, or fails with a compose error that names the file and
/// the reason. The ones expected to fail are listed in <see cref="KnownFixtureFailures"/> (and docs/compatibility.md);
/// a listed file that starts loading fails this test, so the list shrinks as features land.
/// </summary>
public class FixtureTests
{
    [CorpusTheory]
    [MemberData(nameof(CorpusFiles.Fixtures), MemberType = typeof(CorpusFiles))]
    public async Task Fixture_loads_or_fails_as_listed(string file)
    {
        var failure = await LoadFailureAsync(file);

        if (KnownFixtureFailures.Reasons.TryGetValue(file, out var reason))
        {
            failure.Should().NotBeNull($"{file} is listed as failing ({reason}); it loads now, so remove it from KnownFixtureFailures and docs/compatibility.md");
            failure!.Message.Should().Contain(reason.ExpectedText, "the error should say why the file fails");
            failure.Message.Should().Contain(Path.GetFileName(reason.FileNamed ?? file), "the error names the file it is about");
        }
        else
        {
            failure.Should().BeNull($"{file} should load: {failure?.Message}");
        }
    }

    private static async Task<ComposeException?> LoadFailureAsync(string file)
    {
        try
        {
            await CorpusLoader.LoadAsync(file);
            return null;
        }
        catch (ComposeException e)
        {
            return e;
        }
    }
}
