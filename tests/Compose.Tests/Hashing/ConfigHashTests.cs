using System.Collections.Immutable;
using Compose.Hashing;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Tests.Hashing;

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
        ConfigHash.Compute(Web with { PullPolicy = "always" }).Should().Be(hash);
        ConfigHash.Compute(Web with { Build = new ServiceBuild { Context = "." } }).Should().Be(hash);
        ConfigHash.Compute(Web with { Deploy = new DeployConfig { Replicas = 3 } }).Should().Be(ConfigHash.Compute(Web with { Deploy = new DeployConfig() }));
    }

    [Fact]
    public void Distinguishes_no_arguments_from_the_image_default()
    {
        ConfigHash.Compute(Web with { Command = [] }).Should().NotBe(ConfigHash.Compute(Web with { Command = null }));
    }

    [Fact]
    public void Compares_with_the_algorithm_version_that_labelled_the_container()
    {
        var hash = ConfigHash.Compute(Web);

        ConfigHash.Compare(Web, NoFiles, Labelled(hash, ConfigHash.CurrentVersion)).Should().Be(HashVerdict.Same);
        ConfigHash.Compare(Web with { Image = "other" }, NoFiles, Labelled(hash, ConfigHash.CurrentVersion)).Should().Be(HashVerdict.Changed);
    }

    [Fact]
    public void A_hash_it_cannot_recompute_is_unverifiable_not_changed()
    {
        var hash = ConfigHash.Compute(Web);

        ConfigHash.Compare(Web, NoFiles, Labelled(hash, "99")).Should().Be(HashVerdict.Unverifiable, "a newer composectl wrote it");
        ConfigHash.Compare(Web, NoFiles, Labelled("d0c4e1", null)).Should().Be(HashVerdict.Unverifiable, "docker compose writes no version label");
        ConfigHash.Compare(Web, NoFiles, Labelled(null, null)).Should().Be(HashVerdict.Unverifiable, "a container made by hand has no hash");
    }

    [Fact]
    public async Task Covers_the_contents_of_env_files()
    {
        const string Yaml = "services:\n  web:\n    image: busybox\n    env_file: app.env\n";
        var before = (await TestProjects.LoadAsync(Yaml, extraFiles: new Dictionary<string, string> { ["app.env"] = "MODE=one\n" })).Project;
        var after = (await TestProjects.LoadAsync(Yaml, extraFiles: new Dictionary<string, string> { ["app.env"] = "MODE=two\n" })).Project;

        ConfigHash.Compute(after.Services["web"]).Should().NotBe(ConfigHash.Compute(before.Services["web"]));
    }

    [Fact]
    public void Covers_the_contents_of_secrets_and_configs()
    {
        var before = ConfigHash.Compute(Web, new Dictionary<string, string> { ["secret:token"] = "aaa" });

        ConfigHash.Compute(Web, new Dictionary<string, string> { ["secret:token"] = "bbb" }).Should().NotBe(before);
        ConfigHash.Compute(Web, new Dictionary<string, string> { ["secret:token"] = "aaa" }).Should().Be(before);
    }

    private static readonly IReadOnlyDictionary<string, string> NoFiles = new Dictionary<string, string>();

    private static ContainerInfo Labelled(string? hash, string? version)
    {
        var labels = ImmutableSortedDictionary<string, string>.Empty;
        labels = hash is null ? labels : labels.Add(ComposeLabels.ConfigHash, hash);
        labels = version is null ? labels : labels.Add(ComposeLabels.ConfigHashVersion, version);
        return new ContainerInfo { Id = "c1", Name = "test-web-1", Image = "busybox", ImageId = "sha256:b", State = ContainerState.Running, Status = "Up", Labels = labels };
    }
}
