using System.Collections.Immutable;
using Compose.IntegrationTests.Infrastructure;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.IntegrationTests.Runtime;

public sealed class ImageTests() : RuntimeTestBase("image")
{
    private string Tag => $"{Project}-img:1";

    [DockerFact]
    public async Task A_build_honours_dockerignore_args_labels_and_extra_hosts_and_streams_its_output()
    {
        var spec = new ImageBuildSpec
        {
            Tags = [Tag],
            BuildArgs = Map("GREETING", "hello from args"),
            Labels = Map("com.docker.compose.project", Project),
            ExtraHosts = ["buildhost:10.9.8.7"],
        };
        const string dockerfile = "FROM busybox:latest\nARG GREETING\nCOPY . /ctx/\nRUN echo \"$GREETING\" > /greeting && grep buildhost /etc/hosts > /hosts\n";

        var progress = await TestImages.BuildAsync(Runtime, spec, dockerfile,
            (".dockerignore", "# secrets stay home\nsecret.txt\nlogs/\n**/*.tmp\n!keep.tmp\n"),
            ("app.txt", "app"), ("secret.txt", "s3cr3t"), ("logs/a.log", "log"), ("sub/x.tmp", "tmp"), ("keep.tmp", "kept"), ("sub/y.txt", "y"));
        var files = await DockerCli.OkAsync("run", "--rm", Tag, "sh", "-c", "cd /ctx && find . -type f | sort; cat /greeting /hosts");
        var image = await Runtime.InspectImageAsync(Tag, Timeout());

        files.Split('\n').Should().Equal("./.dockerignore", "./Dockerfile", "./app.txt", "./keep.tmp", "./sub/y.txt", "hello from args", "10.9.8.7\tbuildhost");
        progress.Should().Contain(p => p.Output != null && p.Output.StartsWith("Step 1/", StringComparison.OrdinalIgnoreCase) && p.Output.Contains("FROM busybox:latest"));
        progress.Select(p => p.ImageId).OfType<string>().Should().ContainSingle().Which.Should().Be(image!.Id);
        image.RepoTags.Should().Equal(Tag);
        image.Labels.Should().Contain("com.docker.compose.project", Project);
    }

    [DockerFact]
    public async Task A_failing_build_step_is_an_image_build_error_with_the_builders_message()
    {
        var act = () => TestImages.BuildAsync(Runtime, new ImageBuildSpec { Tags = [Tag] }, $"FROM busybox:latest\nRUN echo {Project} && exit 3\n");

        var failure = (await act.Should().ThrowAsync<ImageBuildFailedException>()).Which;
        var commands = await DockerCli.OkAsync("ps", "-a", "--no-trunc", "--format", "{{.Command}}");

        failure.Resource.Should().Be(Tag);
        failure.EngineMessage.Should().MatchRegex("(returned a non-zero code|exit status):? 3", "Docker's and Podman's builders word it differently");
        commands.Should().NotContain(Project, "the failed step's container is removed");
    }

    [DockerFact]
    public async Task Images_are_listed_tagged_and_removed_by_reference_and_label()
    {
        await TestImages.BuildAsync(Runtime, new ImageBuildSpec { Tags = [Tag], Labels = Map("composectl.test", Project) }, "FROM busybox:latest\nRUN echo distinct > /marker\n");

        await Runtime.TagImageAsync(Tag, $"{Project}-img:second", Timeout());
        var byReference = await Runtime.ListImagesAsync(new ImageListFilter { Reference = $"{Project}-img" }, Timeout());
        var byLabel = await Runtime.ListImagesAsync(new ImageListFilter { Labels = LabelFilter.Of("composectl.test", Project) }, Timeout());
        var untagged = await Runtime.RemoveImageAsync($"{Project}-img:second", force: false, Timeout());

        byReference.Should().ContainSingle().Which.RepoTags.Should().BeEquivalentTo(Tag, $"{Project}-img:second");
        byLabel.Should().ContainSingle().Which.Id.Should().Be(byReference[0].Id);
        untagged.Should().Equal($"{Project}-img:second");
        (await Runtime.InspectImageAsync(Tag, Timeout())).Should().NotBeNull("removing one tag keeps the image");
        var removed = await Runtime.RemoveImageAsync(Tag, force: false, Timeout());
        removed.Should().Contain(Tag).And.Contain(byReference[0].Id);
        (await Runtime.InspectImageAsync(Tag, Timeout())).Should().BeNull();
    }

    [DockerFact]
    public async Task Removing_an_image_a_container_uses_is_a_conflict()
    {
        await TestImages.BuildAsync(Runtime, new ImageBuildSpec { Tags = [Tag] }, "FROM busybox:latest\nRUN echo used > /marker\n");
        await Runtime.CreateContainerAsync(Busybox("user", "true") with { Image = Tag }, Timeout());

        var act = () => Runtime.RemoveImageAsync(Tag, force: false, Timeout());

        (await act.Should().ThrowAsync<ResourceConflictException>()).Which.Message.Should().StartWith($"remove image {Tag}:");
    }

    private static ImmutableSortedDictionary<string, string> Map(string key, string value) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(key, value)]);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await DockerCli.RunAsync("rmi", "-f", Tag, $"{Project}-img:second");
    }
}
