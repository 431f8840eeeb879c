using Compose.Runtime.Docker;

namespace Compose.Tests.Runtime.Docker;

/// <summary>What Docker and Podman say they loaded (<c>POST /images/load</c>), as measured on Docker 20.10 and Podman 4.3.</summary>
public sealed class LoadOutputTests
{
    private const string Id = "sha256:79672090bbfed6811f3c99419f2a11176773573f71b3467c7fc3ebf43db1af36";

    [Fact]
    public void Docker_gives_a_line_per_name_and_per_untagged_image()
    {
        var text = "Loaded image: busybox:latest\nThe image app:1 already exists, renaming the old one with ID sha256:ab to empty string\nLoaded image: app:1\nLoaded image ID: " + Id + "\n";

        LoadOutput.Parse(text).Should().Equal("busybox:latest", "app:1", Id);
    }

    [Fact]
    public void Podman_gives_one_line_of_full_names_and_ids_joined_by_commas()
    {
        LoadOutput.Parse("Loaded image: docker.io/library/busybox:latest,localhost/app:1," + Id[7..]).Should().Equal("busybox:latest", "localhost/app:1", Id);
        LoadOutput.Parse("Loaded image: " + Id).Should().Equal(Id);
    }

    [Fact]
    public void An_id_is_sha256_and_64_lowercase_hex_digits()
    {
        LoadOutput.IsId(Id).Should().BeTrue();
        LoadOutput.IsId("sha256:abc").Should().BeFalse();
        LoadOutput.IsId("busybox:latest").Should().BeFalse();
    }
}
