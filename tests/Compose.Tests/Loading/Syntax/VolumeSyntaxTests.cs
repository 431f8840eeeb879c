using Compose.Loading.Binding;
using Compose.Model;

namespace Compose.Tests.Loading.Syntax;

public class VolumeSyntaxTests
{
    [Fact]
    public void A_windows_drive_letter_is_not_a_separator()
    {
        var mount = VolumeSyntax.Parse(@"C:\data:/data:ro");

        mount.Should().Match<ServiceMount>(m => m.Type == "bind" && m.Source == @"C:\data" && m.Target == "/data" && m.ReadOnly);
    }

    [Fact]
    public void Bind_options_set_selinux_propagation_and_consistency()
    {
        var mount = VolumeSyntax.Parse("./src:/src:z,rshared,cached");

        mount.BindOptions.Should().Be(new MountBindOptions { CreateHostPath = true, Selinux = "z", Propagation = "rshared" });
        mount.Consistency.Should().Be("cached");
    }

    [Theory]
    [InlineData("data:/data:z")]
    [InlineData(":/data")]
    [InlineData("a::b")]
    public void Options_that_do_not_fit_the_mount_and_empty_parts_are_refused(string spec)
    {
        var act = () => VolumeSyntax.Parse(spec);

        act.Should().Throw<FormatException>();
    }
}
