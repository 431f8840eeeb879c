using Compose.Errors;
using Compose.Images;
using Compose.Model;

namespace Compose.Tests.Images;

public class PullPolicyTests
{
    [Theory]
    [InlineData(null, PullPolicyKind.Default)]
    [InlineData("missing", PullPolicyKind.Missing)]
    [InlineData("if_not_present", PullPolicyKind.Missing)]
    [InlineData("always", PullPolicyKind.Always)]
    [InlineData("refresh", PullPolicyKind.Always)]
    [InlineData("never", PullPolicyKind.Never)]
    [InlineData("build", PullPolicyKind.Build)]
    public void Every_policy_name_has_its_kind(string? text, PullPolicyKind kind) =>
        PullPolicy.Parse(text, "x").Should().Be(new PullPolicy(kind));

    [Theory]
    [InlineData("daily", 24 * 60)]
    [InlineData("weekly", 7 * 24 * 60)]
    [InlineData("every_12h", 12 * 60)]
    [InlineData("every_1w2d", 9 * 24 * 60)]
    [InlineData("every_1h30m", 90)]
    public void Refreshing_policies_carry_their_interval(string text, int minutes) =>
        PullPolicy.Parse(text, "x").Should().Be(new PullPolicy(PullPolicyKind.Refresh, TimeSpan.FromMinutes(minutes)));

    [Theory]
    [InlineData("sometimes")]
    [InlineData("every_")]
    [InlineData("every_12")]
    [InlineData("every_3y")]
    public void Anything_else_is_refused_naming_where_it_was_written(string text)
    {
        var act = () => PullPolicy.Parse(text, "--pull");

        act.Should().Throw<ComposeException>().WithMessage($"--pull: '{text}' is not a pull policy; *");
    }

    [Fact]
    public void Refresh_with_pull_refresh_after_refreshes_at_that_age()
    {
        var service = new Service { Name = "web", PullPolicy = "refresh", PullRefreshAfter = "3d" };

        PullPolicy.Of(service).Should().Be(new PullPolicy(PullPolicyKind.Refresh, TimeSpan.FromDays(3)));
        var bad = () => PullPolicy.Of(service with { PullRefreshAfter = "soon" });
        bad.Should().Throw<ComposeException>().WithMessage("services.web.pull_refresh_after: 'soon' is not a duration*");
    }
}
