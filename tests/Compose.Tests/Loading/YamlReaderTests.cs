using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Tests.Loading;

public class YamlReaderTests
{
    [Fact]
    public void Nodes_carry_file_line_and_column()
    {
        var root = (MappingNode)YamlReader.Read("compose.yaml", "services:\n  web:\n    image: nginx\n");

        var image = ((MappingNode)((MappingNode)root["services"]!)["web"]!)["image"]!;

        image.Location.Should().Be(new SourceLocation("compose.yaml", 3, 12));
        ((ScalarNode)image).Value.Should().Be("nginx");
    }

    [Theory]
    [InlineData("services:\n  web:\n    image: busybox\n\tcommand: x\n", 4, 1)]
    [InlineData("services:\n  web:\n    image: busybox\n    environment:\n  \t  A: b\n", 5, 3)]
    [InlineData("name: x\nservices:\n  web:\n\timage: busybox\n", 4, 1)]
    public void A_tab_used_as_indentation_is_reported_where_it_is(string yaml, int line, int column)
    {
        var act = () => YamlReader.Read("compose.yaml", yaml);

        act.Should().Throw<ComposeFileException>()
            .WithMessage($"compose.yaml:{line}:{column}: invalid YAML: a tab is used as indentation; YAML indents with spaces only. Replace the tab with spaces.");
    }

    [Fact]
    public void Duplicate_keys_are_refused_with_both_locations()
    {
        var act = () => YamlReader.Read("compose.yaml", "services:\n  web:\n    image: a\n    image: b\n");

        act.Should().Throw<ComposeFileException>()
            .WithMessage("compose.yaml:4:5: duplicate key 'image' (first defined at compose.yaml:3:5); remove one of them.");
    }

    [Fact]
    public void Merge_keys_copy_entries_that_are_not_set_explicitly()
    {
        var root = (MappingNode)YamlReader.Read("c.yaml", "x-base: &base\n  image: a\n  restart: always\nweb:\n  <<: *base\n  image: b\n");

        var web = (MappingNode)root["web"]!;

        ((ScalarNode)web["image"]!).Value.Should().Be("b");
        ((ScalarNode)web["restart"]!).Value.Should().Be("always");
        web.Entries.Should().NotContain(e => e.Key.Value == "<<");
    }

    [Fact]
    public void Aliases_resolve_to_their_anchor()
    {
        var root = (MappingNode)YamlReader.Read("c.yaml", "a: &x [1, 2]\nb: *x\n");

        ((SequenceNode)root["b"]!).Items.Should().HaveCount(2);
    }

    [Fact]
    public void Several_documents_are_refused()
    {
        var act = () => YamlReader.Read("c.yaml", "a: 1\n---\nb: 2\n");

        act.Should().Throw<ComposeFileException>().WithMessage("c.yaml:2:1: the file holds more than one YAML document*");
    }

    [Fact]
    public void Non_string_keys_are_refused()
    {
        var act = () => YamlReader.Read("c.yaml", "? [a, b]\n: 1\n");

        act.Should().Throw<ComposeFileException>().WithMessage("c.yaml:1:3: mapping keys must be strings, found a sequence.");
    }

    [Fact]
    public void Invalid_yaml_names_the_place()
    {
        var act = () => YamlReader.Read("c.yaml", "services:\n  web: [a\n");

        act.Should().Throw<ComposeFileException>().WithMessage("c.yaml:*: invalid YAML: *");
    }

    [Fact]
    public void Quoted_scalars_are_marked_so_they_stay_strings()
    {
        var root = (MappingNode)YamlReader.Read("c.yaml", "a: \"1\"\nb: 1\nc:\n");

        ((ScalarNode)root["a"]!).Quoted.Should().BeTrue();
        ((ScalarNode)root["b"]!).Quoted.Should().BeFalse();
        ((ScalarNode)root["c"]!).IsNull.Should().BeTrue();
    }

    [Fact]
    public void Local_tags_like_reset_are_kept()
    {
        var root = (MappingNode)YamlReader.Read("c.yaml", "ports: !reset []\n");

        root["ports"]!.Tag.Should().Be("!reset");
    }

    [Fact]
    public void An_empty_file_is_an_empty_mapping()
    {
        YamlReader.Read("c.yaml", "").Should().BeOfType<MappingNode>().Which.Entries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("1: a\n", "c.yaml:1:1: mapping keys must be strings, found a number (1); quote it (\"1\") if you mean the text.")]
    [InlineData("true: a\n", "c.yaml:1:1: mapping keys must be strings, found a boolean (true); quote it (\"true\") if you mean the text.")]
    [InlineData("services:\n  ~: a\n", "c.yaml:2:3: mapping keys must be strings, found null (~); quote it (\"~\") if you mean the text.")]
    [InlineData("0x1F: a\n", "c.yaml:1:1: mapping keys must be strings, found a number (0x1F); quote it (\"0x1F\") if you mean the text.")]
    public void Plain_keys_that_are_not_strings_are_refused(string yaml, string message)
    {
        var act = () => YamlReader.Read("c.yaml", yaml);

        act.Should().Throw<ComposeFileException>().WithMessage(message);
    }

    [Fact]
    public void Quoted_and_str_tagged_keys_that_look_like_numbers_are_strings()
    {
        var root = (MappingNode)YamlReader.Read("c.yaml", "\"1\": a\n!!str 2: b\nv1.2.3: c\n");

        root.Entries.Select(e => e.Key.Value).Should().Equal("1", "2", "v1.2.3");
    }

    [Fact]
    public void Str_tagged_scalars_are_strings()
    {
        var root = (MappingNode)YamlReader.Read("c.yaml", "a: !!str 0755\nb: !!str null\n");

        ((ScalarNode)root["a"]!).Quoted.Should().BeTrue();
        ((ScalarNode)root["b"]!).IsNull.Should().BeFalse();
        ((ScalarNode)root["b"]!).Value.Should().Be("null");
    }

    [Fact]
    public void Merge_keys_take_a_list_of_mappings_earlier_ones_winning()
    {
        var root = (MappingNode)YamlReader.Read("c.yaml", "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  z: 3\n");

        var c = (MappingNode)root["c"]!;

        c.Entries.Select(e => $"{e.Key.Value}={((ScalarNode)e.Value).Value}").Should().Equal("z=3", "x=1", "y=1");
    }

    [Fact]
    public void A_merge_key_needs_mappings()
    {
        var act = () => YamlReader.Read("c.yaml", "a: &a [1]\nb:\n  <<: *a\n");

        act.Should().Throw<ComposeFileException>().WithMessage("c.yaml:3:7: a merge key '<<' takes a mapping or a list of mappings.");
    }

    [Fact]
    public void An_unknown_alias_names_the_place()
    {
        var act = () => YamlReader.Read("c.yaml", "a: *nope\n");

        act.Should().Throw<ComposeFileException>().WithMessage("c.yaml:1:4: *");
    }

    [Fact]
    public void Alias_bombs_are_refused_before_they_expand()
    {
        var yaml = new System.Text.StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var act = () => YamlReader.Read("c.yaml", yaml.ToString());

        act.Should().Throw<ComposeFileException>().WithMessage("c.yaml:*: aliases expand the document by more than 1,000,000 nodes; this looks like an alias bomb*");
    }

    [Fact]
    public void Override_tags_are_kept_on_mappings_and_sequences()
    {
        var root = (MappingNode)YamlReader.Read("c.yaml", "a: !override {x: 1}\nb: !override [1]\nc: !reset\n");

        root["a"]!.Tag.Should().Be(YamlTags.Override);
        root["b"]!.Tag.Should().Be(YamlTags.Override);
        root["c"]!.Tag.Should().Be(YamlTags.Reset);
    }

    [Fact]
    public void A_document_of_only_comments_is_an_empty_mapping()
    {
        YamlReader.Read("c.yaml", "# Empty file\n").Should().BeOfType<MappingNode>().Which.Entries.Should().BeEmpty();
    }
}
