using Compose.Errors;
using Compose.Loading;

namespace Compose.Tests.Loading;

public class ProjectNameResolverTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void The_flag_wins_over_everything()
    {
        ProjectNameResolver.Resolve("flag", new Dictionary<string, string> { ["COMPOSE_PROJECT_NAME"] = "env" }, "file", null, "/x/dir")
            .Should().Be("flag");
    }

    [Fact]
    public void The_environment_wins_over_the_name_key()
    {
        ProjectNameResolver.Resolve(null, new Dictionary<string, string> { ["COMPOSE_PROJECT_NAME"] = "env" }, "file", null, "/x/dir")
            .Should().Be("env");
    }

    [Fact]
    public void The_name_key_wins_over_the_directory()
    {
        ProjectNameResolver.Resolve(null, NoEnvironment, "file", null, "/x/dir").Should().Be("file");
    }

    [Theory]
    [InlineData("/work/My App", "myapp")]
    [InlineData("/work/Hello_World-2", "hello_world-2")]
    [InlineData("/work/_leading", "leading")]
    [InlineData("/work/dots.in.name/", "dotsinname")]
    public void The_directory_name_is_lowercased_and_cleaned(string directory, string expected)
    {
        ProjectNameResolver.Resolve(null, NoEnvironment, null, null, directory).Should().Be(expected);
    }

    [Fact]
    public void An_invalid_explicit_name_is_refused_with_a_suggestion()
    {
        var act = () => ProjectNameResolver.Resolve("My App", NoEnvironment, null, null, "/x");

        act.Should().Throw<ComposeException>().WithMessage("*'My App' is not a valid project name*e.g. 'myapp'*");
    }

    [Fact]
    public void An_invalid_name_key_points_at_the_file()
    {
        var act = () => ProjectNameResolver.Resolve(null, NoEnvironment, "Bad!", new SourceLocation("compose.yaml", 1, 7), "/x");

        act.Should().Throw<ComposeFileException>().WithMessage("compose.yaml:1:7: name: 'Bad!' is not a valid project name*");
    }
}
