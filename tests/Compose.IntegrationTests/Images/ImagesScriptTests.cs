using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Images;

/// <summary>scripts/images is cached, and the base it builds is fit for containers.</summary>
[Collection(LocalImagesCollection.Name)]
public sealed class ImagesScriptTests
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "scripts", "images");

    [DockerFact]
    public async Task A_second_run_builds_nothing_and_says_so_in_one_line()
    {
        // The collection fixture has just run the script, so every image is present and current.
        var run = await HostCommand.RunAsync(Script, [], null, TimeSpan.FromMinutes(2));
        var check = await HostCommand.RunAsync(Script, ["--check"], null, TimeSpan.FromMinutes(1));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Trim().Should().Be(
            "images: nothing to do: localdev/debian:bookworm, localdev/postgres:15, localdev/redis:7, localdev/nginx:1 up to date");
        check.ExitCode.Should().Be(0, check.ToString());
        check.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4).And.OnlyContain(line => line.EndsWith("up to date"));
    }

    [DockerFact]
    public async Task Every_image_carries_the_hash_of_its_recipe()
    {
        foreach (var image in new[] { "localdev/debian:bookworm", LocalImages.Postgres, LocalImages.Redis, LocalImages.Nginx })
        {
            (await DockerCli.OkAsync("image", "inspect", image, "--format", "{{index .Config.Labels \"org.composectl.localdev.recipe\"}}"))
                .Should().MatchRegex("^[0-9a-f]{64}$", image);
        }
    }

    [DockerFact]
    public async Task The_base_refuses_service_starts_and_carries_no_docs_manuals_or_package_lists()
    {
        var report = await DockerCli.OkAsync("run", "--rm", "localdev/debian:bookworm", "bash", "-c",
            "/usr/sbin/policy-rc.d; echo policy=$?; " +
            "echo leftovers=$(find /usr/share/man /usr/share/info /var/lib/apt/lists /var/cache/apt/archives -type f | wc -l); " +
            "echo docs=$(find /usr/share/doc -type f ! -name copyright | wc -l); " +
            "test -s /etc/dpkg/dpkg.cfg.d/localdev-excludes && echo excludes=yes");

        report.Split('\n').Should().Equal("policy=101", "leftovers=0", "docs=0", "excludes=yes");
    }
}
