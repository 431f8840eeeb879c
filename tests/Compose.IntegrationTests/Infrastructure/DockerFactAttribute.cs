namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// A test that needs a real Docker engine. Skipped, with the reason printed, when none answers; with
/// <c>COMPOSE_TEST_REQUIRE_DOCKER=1</c> (as in CI) it runs anyway and fails, because a skip would hide a failure.
/// The suite runs against Docker and against Podman's Docker-compatible API (DOCKER_HOST pointing at it):
/// <see cref="PodmanBug"/> names the Podman bug that makes the test impossible there, and only there it is skipped
/// with that reason and the Podman version.
/// </summary>
public sealed class DockerFactAttribute : FactAttribute
{
    private string? _skip;

    public DockerFactAttribute()
    {
        if (!Engine.IsRequired && Engine.UnavailableReason is { } reason)
        {
            _skip = $"No Docker engine: {reason}. Run scripts/bootstrap to start one (CI sets COMPOSE_TEST_REQUIRE_DOCKER=1 and fails instead).";
        }
    }

    /// <summary>The documented Podman bug (see docs/runtime.md) that makes this test impossible on Podman.</summary>
    public string? PodmanBug { get; set; }

    public override string? Skip
    {
        get => _skip ?? (PodmanBug is { } bug && Engine.UnavailableReason is null && Engine.IsPodman ? $"{Engine.Description}: {bug}" : null);
        set => _skip = value;
    }
}
