using System.Collections.Immutable;
using Compose.Runtime;
using Compose.Runtime.Build;

namespace Compose.IntegrationTests.Native.Images;

/// <summary>Builds through buildah into the native store, with busybox as the base image taken from the store itself.</summary>
public sealed class NativeBuildTests : IDisposable
{
    private readonly NativeStoreScope _scope = new();

    [NativeImagesFact]
    public async Task A_dockerfile_builds_with_args_target_and_labels_from_a_base_in_the_store()
    {
        await NativeBusybox.SeedAsync(_scope.Store);
        var context = TestTemp.Directory("native-build-context-");
        await File.WriteAllTextAsync(Path.Combine(context, "greeting.txt"), "hello\n");
        await File.WriteAllTextAsync(Path.Combine(context, "Dockerfile"), """
            ARG BASE=busybox
            FROM ${BASE} AS app
            ARG WHO
            COPY greeting.txt /greeting.txt
            RUN echo "built for $WHO" > /built.txt
            CMD ["cat", "/built.txt"]
            FROM app AS extra
            RUN echo never > /extra.txt
            """);
        var spec = new ImageBuildSpec
        {
            Tags = ["native-build-test:1", "native-build-test:latest"],
            BuildArgs = ImmutableSortedDictionary<string, string>.Empty.Add("WHO", "composectl"),
            Target = "app",
            Labels = ImmutableSortedDictionary<string, string>.Empty.Add("com.example.built-by", "buildah"),
        };

        var output = new List<ImageProgress>();
        await using (var tar = BuildContextArchive.OpenRead(context, "Dockerfile", default))
        {
            await foreach (var progress in _scope.Store.BuildAsync(spec, tar.Tar, default))
            {
                output.Add(progress);
            }
        }

        var id = output.Single(p => p.ImageId != null).ImageId;
        var image = (await _scope.Store.FindAsync("native-build-test:1", default))!;
        image.Id.Should().Be(id);
        image.RepoTags.Should().BeEquivalentTo(["native-build-test:1", "native-build-test:latest"]);
        image.Config.Labels.Should().Contain("com.example.built-by", "buildah");
        image.Config.Cmd.Should().Equal("cat", "/built.txt");
        output.Should().Contain(p => p.Output != null && p.Output.Contains("STEP"));
        var rootfs = await _scope.Store.MountRootfsAsync(image, _scope.ContainerDirectory("built"), default);
        File.ReadAllText(Path.Combine(rootfs, "built.txt")).Should().Be("built for composectl\n");
        File.ReadAllText(Path.Combine(rootfs, "greeting.txt")).Should().Be("hello\n");
        File.Exists(Path.Combine(rootfs, "extra.txt")).Should().BeFalse("the target stage stops before it");
    }

    [NativeImagesFact]
    public async Task A_failing_step_is_a_build_failure_with_buildah_s_message()
    {
        await NativeBusybox.SeedAsync(_scope.Store);
        var context = TestTemp.Directory("native-build-fail-");
        await File.WriteAllTextAsync(Path.Combine(context, "Dockerfile"), "FROM busybox\nRUN echo about to fail && exit 3\n");

        var act = async () =>
        {
            await using var tar = BuildContextArchive.OpenRead(context, "Dockerfile", default);
            await foreach (var _ in _scope.Store.BuildAsync(new ImageBuildSpec { Tags = ["native-fail:1"] }, tar.Tar, default))
            {
            }
        };

        (await act.Should().ThrowAsync<Compose.Runtime.Errors.ImageBuildFailedException>()).Which.Message.Should().Contain("exit status 3");
        (await _scope.Store.FindAsync("native-fail:1", default)).Should().BeNull();
    }

    public void Dispose()
    {
        _scope.Dispose();
    }
}
