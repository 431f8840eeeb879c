using Compose.Runtime.Native.Images;

namespace Compose.IntegrationTests.Native;

/// <summary>
/// <c>composectl --runtime native build</c> and <c>up --build</c> through buildah, offline: the base image is the
/// busybox loaded into the test's own store, and <c>down --rmi local</c> takes the built image away again.
/// </summary>
[Collection(NativeCollection.Name)]
public sealed class NativeBuildCommandTests : IDisposable
{
    private readonly NativeCliScope _cli = new("nbuild");

    [NativeFact(needsBuildah: true)]
    public async Task Build_then_up_build_run_the_built_content_and_down_rmi_local_removes_the_image()
    {
        var before = await HostSnapshot.TakeAsync();
        await _cli.SeedBusyboxAsync();
        await _cli.WriteAsync("app/greeting.txt", "hello\n");
        await _cli.WriteAsync("app/Dockerfile", """
            FROM busybox:latest
            COPY greeting.txt /greeting.txt
            RUN echo "built by buildah" > /built.txt
            CMD ["sh", "-c", "exec sleep 300"]
            """);
        await _cli.WriteAsync("compose.yaml", """
            services:
              app:
                build: ./app
                network_mode: none
                stop_grace_period: 1s
            """);
        var image = $"{_cli.Project}-app";

        var build = await _cli.RunAsync("build");

        build.ExitCode.Should().Be(0, build.StandardError);
        var first = await FindAsync(image);
        first.Should().NotBeNull("the build stored its image in the native store");

        await _cli.WriteAsync("app/greeting.txt", "hello again\n");
        await _cli.OkAsync("up", "-d", "--build");
        var second = await FindAsync(image);
        second!.Id.Should().NotBe(first!.Id, "up --build built the changed context again");
        var ps = await _cli.OkAsync("ps", "--format", "{{.Service}} {{.State}}");
        ps.Should().Be("app running\n");
        var content = await _cli.OkAsync("exec", "-T", "app", "cat", "/greeting.txt", "/built.txt");
        content.Should().Be("hello again\nbuilt by buildah\n", "the container runs the image just built");

        await _cli.OkAsync("down", "--rmi", "local");

        (await FindAsync(image)).Should().BeNull("down --rmi local removes the image the project built");
        (await FindAsync("busybox:latest")).Should().NotBeNull("the base image is not the project's");
        await NativeLeaks.AssertNoneAsync(_cli.Root, _cli.Project, before, []);
    }

    private async Task<NativeImage?> FindAsync(string reference)
    {
        using var store = new NativeImageStore(new NativeImageStoreOptions { Root = _cli.Root });
        return await store.FindAsync(reference, default);
    }

    public void Dispose() => _cli.Dispose();
}
