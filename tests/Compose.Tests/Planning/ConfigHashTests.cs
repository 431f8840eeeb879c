using Compose.Model;
using Compose.Planning;

namespace Compose.Tests.Planning;

public class ConfigHashTests
{
    private static readonly Service Web = new()
    {
        Name = "web",
        Image = "busybox",
        Command = ["httpd", "-f"],
        Environment = ModelMaps.From([KeyValuePair.Create("A", (string?)"1"), KeyValuePair.Create("B", (string?)"2")]),
    };

    [Fact]
    public void Is_a_stable_sha256_hex_string()
    {
        var hash = ConfigHash.Compute(Web);

        hash.Should().MatchRegex("^[0-9a-f]{64}$");
        ConfigHash.Compute(Web with { }).Should().Be(hash);
    }

    [Fact]
    public void Changes_when_the_container_would_change()
    {
        var hash = ConfigHash.Compute(Web);

        ConfigHash.Compute(Web with { Image = "busybox:1" }).Should().NotBe(hash);
        ConfigHash.Compute(Web with { Command = ["httpd"] }).Should().NotBe(hash);
        ConfigHash.Compute(Web with { Environment = Web.Environment.SetItem("B", "3") }).Should().NotBe(hash);
        ConfigHash.Compute(Web with { Ports = [new PortMapping { Target = 80 }] }).Should().NotBe(hash);
    }

    [Fact]
    public void Ignores_what_does_not_change_the_container()
    {
        var hash = ConfigHash.Compute(Web);

        ConfigHash.Compute(Web with { Scale = 3 }).Should().Be(hash);
        ConfigHash.Compute(Web with { Profiles = ["debug"] }).Should().Be(hash);
        ConfigHash.Compute(Web with { DependsOn = ModelMaps.From([KeyValuePair.Create("db", new ServiceDependency())]) }).Should().Be(hash);
    }

    [Fact]
    public void Distinguishes_no_arguments_from_the_image_default()
    {
        ConfigHash.Compute(Web with { Command = [] }).Should().NotBe(ConfigHash.Compute(Web with { Command = null }));
    }

    [Fact]
    public void Matches_only_its_own_version()
    {
        var hash = ConfigHash.Compute(Web);

        ConfigHash.Matches(Web, hash, ConfigHash.CurrentVersion).Should().BeTrue();
        ConfigHash.Matches(Web, hash, null).Should().BeTrue("containers without a version label were written by this version");
        ConfigHash.Matches(Web, "other", ConfigHash.CurrentVersion).Should().BeFalse();
        ConfigHash.Matches(Web, null, null).Should().BeFalse();
    }
}
