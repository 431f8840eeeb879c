using Compose.Runtime.Native.Images.Oci;
using Compose.Runtime.Native.Images.Registry;

namespace Compose.Tests.Native.Images;

public class PlatformMatcherTests
{
    private static readonly IndexDto List = new()
    {
        Manifests =
        [
            Entry("a", "linux", "amd64"),
            Entry("b", "linux", "arm64", "v8"),
            Entry("c", "linux", "arm", "v6"),
            Entry("d", "unknown", "unknown"),
            Entry("e", "windows", "amd64"),
        ],
    };

    [Theory]
    [InlineData("linux/amd64", "a")]
    [InlineData("linux/x86_64", "a")]
    [InlineData("amd64", "a")]
    [InlineData("linux/arm64", "b")]
    [InlineData("linux/aarch64", "b")]
    [InlineData("linux/arm64/v8", "b")]
    [InlineData("linux/arm/v7", "c")]
    [InlineData("linux/arm/v6", "c")]
    [InlineData("windows/amd64", "e")]
    public void The_platform_s_entry_is_chosen_with_normalized_names_and_older_arm_variants(string platform, string expected) =>
        PlatformMatcher.Choose(List, Platform.Parse(platform), "app").Digest.Should().Be(Digest(expected));

    [Fact]
    public void Without_a_match_the_error_names_the_platform_and_what_the_list_has()
    {
        var act = () => PlatformMatcher.Choose(List, Platform.Parse("linux/riscv64"), "app:1");

        act.Should().Throw<PlatformNotFoundException>()
            .WithMessage("pull image app:1: no matching manifest for linux/riscv64 in the manifest list entries (it has linux/amd64, linux/arm64, linux/arm/v6, windows/amd64)");
    }

    [Fact]
    public void Attestation_entries_are_never_chosen() =>
        new Action(() => PlatformMatcher.Choose(List, Platform.Parse("unknown/unknown"), "app")).Should().Throw<PlatformNotFoundException>();

    private static DescriptorDto Entry(string id, string os, string architecture, string? variant = null) => new()
    {
        MediaType = MediaTypes.DockerManifest,
        Digest = Digest(id),
        Size = 1,
        Platform = new PlatformDto { Os = os, Architecture = architecture, Variant = variant },
    };

    private static string Digest(string id) => "sha256:" + new string(id[0], 64);
}
