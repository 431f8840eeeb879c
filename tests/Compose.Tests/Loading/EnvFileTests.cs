using Compose.Errors;
using Compose.Loading.Interpolation;

namespace Compose.Tests.Loading;

public class EnvFileTests
{
    private static Dictionary<string, string> Parse(string text, Dictionary<string, string>? shell = null) =>
        EnvFile.Parse(text, ".env", shell is null ? null : new VariableSource(shell)).ToDictionary(kv => kv.Key, kv => kv.Value);

    private static Dictionary<string, string> Fixture(string name, Dictionary<string, string>? shell = null) =>
        Parse(File.ReadAllText(Corpus.File("compose-go", "dotenv", "fixtures", name)), shell);

    [Fact]
    public void Reads_plain_assignments_comments_and_export()
    {
        Parse("# comment\nA=1\n\nexport B=two\nC = spaced \n").Should().Equal(new Dictionary<string, string>
        {
            ["A"] = "1",
            ["B"] = "two",
            ["C"] = "spaced",
        });
    }

    [Fact]
    public void Unquoted_values_drop_inline_comments_but_keep_hashes_inside_words()
    {
        Parse("A=value # note\nB=pass#word\nC=x #\n").Should().Equal(new Dictionary<string, string> { ["A"] = "value", ["B"] = "pass#word", ["C"] = "x" });
    }

    [Fact]
    public void Single_quotes_are_literal()
    {
        Parse("A='$HOME \\n #x'\n")["A"].Should().Be("$HOME \\n #x");
    }

    [Fact]
    public void Double_quotes_take_escapes_and_span_lines()
    {
        var values = Parse("A=\"line1\\nline2\"\nB=\"first\nsecond\"\nC=after\nD=\"tab\\there \\\"q\\\" back\\\\slash \\$HOME \\0123 \\x07\"\n");

        values["A"].Should().Be("line1\nline2");
        values["B"].Should().Be("first\nsecond");
        values["C"].Should().Be("after");
        values["D"].Should().Be("tab\there \"q\" back\\slash $HOME S \\x07");
    }

    [Fact]
    public void References_see_earlier_lines_before_the_environment()
    {
        var values = Parse("A=one\nB=${A}-two\nC=${FROM_SHELL}\nD=${MISSING:-fallback}\n", new Dictionary<string, string> { ["FROM_SHELL"] = "s", ["A"] = "shell" });

        values["B"].Should().Be("one-two", "compose-go resolves a reference to an earlier line of the same file first");
        values["C"].Should().Be("s");
        values["D"].Should().Be("fallback");
    }

    [Fact]
    public void A_bare_name_takes_its_value_from_the_environment_or_is_left_out()
    {
        Parse("FROM_SHELL\nMISSING\n", new Dictionary<string, string> { ["FROM_SHELL"] = "yes" })
            .Should().Equal(new Dictionary<string, string> { ["FROM_SHELL"] = "yes" });
    }

    [Fact]
    public void An_unclosed_quote_names_the_line()
    {
        var act = () => Parse("A=1\nB=\"open\n");

        act.Should().Throw<ComposeFileException>().WithMessage(".env:2:3: the value of B opens a \" quote that is never closed.");
    }

    [Fact]
    public void A_bad_character_in_a_name_is_refused_with_its_place()
    {
        var act = () => Parse("A=1\nlol$wut\n");

        act.Should().Throw<ComposeFileException>().WithMessage(".env:2:4: unexpected character '$' in variable name 'lol$wut'; lines look like NAME=value.");
    }

    [Fact]
    public void A_reference_to_a_missing_required_variable_names_the_line_and_key()
    {
        var act = () => Parse("A=1\nB=${NEEDED:?set it}\n");

        act.Should().Throw<ComposeFileException>().WithMessage(".env:2:1: B: required variable NEEDED is missing a value: set it.");
    }

    [CorpusFact]
    public void Plain_fixture()
    {
        var expected = new Dictionary<string, string>
        {
            ["OPTION_A"] = "1", ["OPTION_B"] = "2", ["OPTION_C"] = "3", ["OPTION_D"] = "4", ["OPTION_E"] = "5",
            ["OPTION_F"] = "", ["OPTION_G"] = "", ["OPTION_H"] = "my string",
        };

        Fixture("plain.env").Should().Equal(expected, "names starting with a digit (456) are dropped");
        Fixture("utf8-bom.env").Should().Equal(expected, "the byte order mark is not part of the first name");
    }

    [CorpusFact]
    public void Quoted_fixture()
    {
        Fixture("quoted.env").Should().Equal(new Dictionary<string, string>
        {
            ["OPTION_A"] = "1", ["OPTION_B"] = "2", ["OPTION_C"] = "", ["OPTION_D"] = "\\n", ["OPTION_E"] = "1",
            ["OPTION_F"] = "2", ["OPTION_G"] = "", ["OPTION_H"] = "\n", ["OPTION_I"] = "echo 'asd'",
            ["OPTION_J"] = "first line\nsecond line\nthird line\nand so on", ["OPTION_K"] = "Let's go!", ["OPTION_Z"] = "last value",
        });
    }

    [CorpusFact]
    public void Unquoted_exported_equals_and_special_fixtures()
    {
        Fixture("unquoted.env").Should().Equal(new Dictionary<string, string>
        {
            ["OPTION_A"] = "some quoted phrase",
            ["OPTION_B"] = "first one with an unquoted phrase",
            ["OPTION_C"] = "then another one with an unquoted phrase",
            ["OPTION_D"] = "then another one with an unquoted phrase special è char",
            ["OPTION_E"] = "then another one quoted phrase",
        });
        Fixture("exported.env").Should().Equal(new Dictionary<string, string> { ["OPTION_A"] = "2", ["OPTION_B"] = "\\n" });
        Fixture("equals.env").Should().Equal(new Dictionary<string, string> { ["OPTION_A"] = "postgres://localhost:5432/database?sslmode=disable" });
        Fixture("special.env").Should().Equal(new Dictionary<string, string>
        {
            ["VAR.WITH.DOTS"] = "dots", ["VAR_WITH_UNDERSCORES"] = "underscores", ["VAR-WITH-DASHES"] = "dashes",
        });
        Fixture("custom.format").Should().Equal(new Dictionary<string, string> { ["FOO"] = "BAR", ["ZOT"] = "QIX" });
    }

    [CorpusFact]
    public void Substitution_fixtures()
    {
        var expected = new Dictionary<string, string> { ["OPTION_A"] = "1", ["OPTION_B"] = "1", ["OPTION_C"] = "1", ["OPTION_D"] = "1_1", ["OPTION_E"] = "" };

        Fixture("substitutions.env").Should().Equal(expected);
        Fixture("substitutions-default.env").Should().Equal(expected);
        Fixture("substitutions-default.env", new Dictionary<string, string> { ["OPTION_A"] = "5" })
            .Should().Equal(new Dictionary<string, string> { ["OPTION_A"] = "5", ["OPTION_B"] = "5", ["OPTION_C"] = "5", ["OPTION_D"] = "5_5", ["OPTION_E"] = "" });
    }

    [CorpusFact]
    public void Inherited_fixtures()
    {
        var shell = new Dictionary<string, string> { ["VAR_TO_BE_LOADED_FROM_OS_ENV"] = "SOME_RANDOM_VALUE" };

        Fixture("inherited-multi-var.env", shell).Should().Equal(new Dictionary<string, string>
        {
            ["foo"] = "bar", ["VAR_TO_BE_LOADED_FROM_OS_ENV"] = "SOME_RANDOM_VALUE", ["bar"] = "baz",
        });
        Fixture("inherited-single-var.env", shell).Should().Equal(new Dictionary<string, string> { ["VAR_TO_BE_LOADED_FROM_OS_ENV"] = "SOME_RANDOM_VALUE" });
        Fixture("inherited-not-found.env", shell).Should().BeEmpty();
    }

    [CorpusFact]
    public void Invalid_fixture_is_refused_at_the_line_with_a_space_in_the_name()
    {
        var act = () => EnvFile.Parse(File.ReadAllText(Corpus.File("compose-go", "dotenv", "fixtures", "invalid1.env")), "invalid1.env");

        act.Should().Throw<ComposeFileException>()
            .WithMessage("invalid1.env:7:1: 'INVALID LINE' is not a valid variable name: it contains a space; lines look like NAME=value.");
    }

    [CorpusFact]
    public void E2e_env_files_keep_hashes_and_resolve_defaults()
    {
        Parse(File.ReadAllText(Corpus.File("compose-e2e", "testdata", "TestCommentsInEnvFile", ".env")))
            .Should().Equal(new Dictionary<string, string> { ["COMMENT"] = "1234#5", ["NO_COMMENT"] = "1234#5" });
        Parse(File.ReadAllText(Corpus.File("compose-e2e", "testdata", "TestEnvInterpolation", ".env")))["IMAGE"].Should().Be("default_env:EnvFile");
        Parse(File.ReadAllText(Corpus.File("compose-e2e", "testdata", "TestEnvInterpolationDefaultValue", ".env")))["IMAGE"].Should().Be("default_env:EnvFileDefaultValue");
    }
}
