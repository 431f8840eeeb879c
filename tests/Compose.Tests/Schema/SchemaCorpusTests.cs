using Compose.Loading.Yaml;
using Compose.Tests.Conformance;

namespace Compose.Tests.Schema;

/// <summary>
/// The schema is useful in an editor: it accepts every corpus compose file (as written, before interpolation) that
/// is not invalid on purpose, and it rejects the one with an unknown key.
/// </summary>
public class SchemaCorpusTests
{
    private static readonly HashSet<string> InvalidOnPurpose =
    [
        "compose-e2e/fixtures/wrong-composefile/compose.yaml",
    ];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (Corpus.Directory is null && Corpus.IsRequired)
        {
            data.Add(CorpusFiles.Missing);
        }

        foreach (var file in Corpus.Directory is null ? [] : CorpusFiles.All())
        {
            data.Add(file);
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void Schema_accepts_the_corpus_file_unless_it_is_invalid_on_purpose(string file)
    {
        var tree = YamlReader.Read(file, File.ReadAllText(Corpus.PathOf(file)));

        var problems = SchemaValidator.Validate(tree, SchemaDocument.Root);

        if (InvalidOnPurpose.Contains(file))
        {
            problems.Should().ContainSingle().Which.Should().Contain("wrongField");
        }
        else
        {
            problems.Should().BeEmpty();
        }
    }
}
