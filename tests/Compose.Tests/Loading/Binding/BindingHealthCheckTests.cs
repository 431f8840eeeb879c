using Compose.Errors;
using Compose.Model;

namespace Compose.Tests.Loading.Binding;

public class BindingHealthCheckTests
{
    private static async Task<HealthCheck?> CheckAsync(string healthcheck) =>
        (await TestProjects.ProjectAsync($"services:\n  web:\n    image: x\n    healthcheck:\n{healthcheck}")).Services["web"].HealthCheck;

    [Fact]
    public async Task A_string_test_runs_through_the_shell_and_durations_parse()
    {
        var check = await CheckAsync("      test: curl -f http://localhost\n      interval: 1m30s\n      timeout: 500ms\n      retries: 5\n      start_period: 10\n      start_interval: 2s\n");

        check.Should().BeEquivalentTo(new HealthCheck
        {
            Test = ["CMD-SHELL", "curl -f http://localhost"],
            Interval = TimeSpan.FromSeconds(90),
            Timeout = TimeSpan.FromMilliseconds(500),
            Retries = 5,
            StartPeriod = TimeSpan.FromSeconds(10),
            StartInterval = TimeSpan.FromSeconds(2),
        });
    }

    [Fact]
    public async Task Disable_and_a_none_test_both_turn_the_check_off()
    {
        (await CheckAsync("      disable: true\n"))!.IsDisabled.Should().BeTrue();
        (await CheckAsync("      test: [NONE]\n"))!.IsDisabled.Should().BeTrue();
        (await CheckAsync("      test: [CMD, true]\n"))!.IsDisabled.Should().BeFalse();
    }

    [Theory]
    [InlineData("      test: [curl, -f, x]\n", "compose.yaml:5:13: services.web.healthcheck.test: a test list starts with CMD, CMD-SHELL or NONE, not 'curl'; write [\"CMD\", \"curl\", ...] or a plain string to run it through the shell.")]
    [InlineData("      interval: 10 seconds\n", "compose.yaml:5:17: services.web.healthcheck.interval: '10 seconds' is not a valid duration; write it like 30s, 1m30s or 500ms.")]
    [InlineData("      retries: many\n", "compose.yaml:5:16: services.web.healthcheck.retries: 'many' is not a whole number.")]
    public async Task Bad_checks_are_refused_at_their_line(string healthcheck, string message)
    {
        var act = () => CheckAsync(healthcheck);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(message);
    }
}
