using Compose.Runtime.Native.Images.Reference;

namespace Compose.Tests.Native.Images;

public class ImageNameTests
{
    [Theory]
    [InlineData("busybox", "docker.io/library/busybox:latest", "busybox:latest")]
    [InlineData("busybox:1.36", "docker.io/library/busybox:1.36", "busybox:1.36")]
    [InlineData("library/busybox", "docker.io/library/busybox:latest", "busybox:latest")]
    [InlineData("docker.io/busybox", "docker.io/library/busybox:latest", "busybox:latest")]
    [InlineData("index.docker.io/library/busybox", "docker.io/library/busybox:latest", "busybox:latest")]
    [InlineData("team/app", "docker.io/team/app:latest", "team/app:latest")]
    [InlineData("localhost/app", "localhost/app:latest", "localhost/app:latest")]
    [InlineData("localhost:5000/team/app:v2", "localhost:5000/team/app:v2", "localhost:5000/team/app:v2")]
    [InlineData("127.0.0.1:5000/app", "127.0.0.1:5000/app:latest", "127.0.0.1:5000/app:latest")]
    [InlineData("ghcr.io/org/sub/app:1.0-rc_1", "ghcr.io/org/sub/app:1.0-rc_1", "ghcr.io/org/sub/app:1.0-rc_1")]
    [InlineData("Registry/app", "Registry/app:latest", "Registry/app:latest")]
    public void References_normalize_as_the_docker_cli_does(string reference, string full, string familiar)
    {
        var name = ImageName.Parse(reference).Normalized;

        name.ToString().Should().Be(full);
        name.Familiar.Should().Be(familiar);
    }

    [Fact]
    public void A_digest_reference_keeps_its_digest_and_gets_no_default_tag()
    {
        var digest = "sha256:" + new string('a', 64);

        var name = ImageName.Parse($"busybox@{digest}").Normalized;

        (name.Tag, name.Digest, name.TagOrDigest).Should().Be((null, digest, digest));
        name.ToString().Should().Be($"docker.io/library/busybox@{digest}");
        name.Familiar.Should().Be($"busybox@{digest}");
    }

    [Fact]
    public void A_tag_and_a_digest_together_pull_by_the_digest()
    {
        var digest = "sha256:" + new string('b', 64);

        var name = ImageName.Parse($"reg.example:443/app:1@{digest}");

        (name.Domain, name.Path, name.Tag, name.TagOrDigest).Should().Be(("reg.example:443", "app", "1", digest));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Busybox", "must be lowercase")]
    [InlineData("team/App", "must be lowercase")]
    [InlineData("busybox:-bad", "not a valid tag")]
    [InlineData("busybox@sha256:abc", "is not a digest")]
    [InlineData("a//b", "expected [registry/]name")]
    [InlineData("-app", "expected [registry/]name")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "64-byte hexadecimal")]
    public void Malformed_references_are_refused_with_the_reason(string reference, string reason)
    {
        var act = () => ImageName.Parse(reference);

        act.Should().Throw<InvalidImageReferenceException>().WithMessage($"*invalid reference format*{reason}*");
    }

    [Fact]
    public void A_tag_longer_than_128_characters_is_refused() =>
        ImageName.TryParse("app:" + new string('t', 129), out _).Should().BeFalse();
}
