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
}
