using Compose.Runtime.Errors;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Images;
using Compose.Runtime.Native.Images.Store;
using Compose.TestSupport.Native;

namespace Compose.Tests.Native.Images;

/// <summary>The store on a temporary root, fed hand-made archives: names, layer sharing, verification, tag and removal rules.</summary>
public sealed class NativeStoreTests : IDisposable
{
    private readonly NativeRoot _root;
    private readonly NativeImageStore _store;

    public NativeStoreTests()
    {
        var directory = TestTemp.Directory("native-store-");
        _root = new NativeRoot(Path.Combine(directory, "state"), Path.Combine(directory, "run"));
        _store = new NativeImageStore(new NativeImageStoreOptions { Root = _root });
    }

    private static OciTestImage Base => new OciTestImage().Layer(new LayerTar().File("bin/sh", "shell")).Named("docker.io/library/base:1");

    private OciTestImage Child => new OciTestImage { ConfigBody = """{"Cmd":["app"],"Labels":{"tier":"web"}}""" }
        .Layer(new LayerTar().File("bin/sh", "shell")).Layer(new LayerTar().File("app", "binary")).Named("docker.io/team/app:2");

    [RootFact]
    public async Task An_oci_archive_loads_with_its_names_and_each_layer_unpacked_once()
    {
        await LoadAsync(Base.OciArchive());
        var loaded = await LoadAsync(Child.OciArchive());

        loaded.Should().ContainSingle().Which.Names.Should().Equal("team/app:2");
        var app = await _store.FindAsync("team/app:2", default);
        app!.Id.Should().Be(Child.Id);
        app.RepoTags.Should().Equal("team/app:2");
        app.Config.Cmd.Should().Equal("app");
        app.Config.Labels.Should().Contain("tier", "web");
        app.LayerDirectories.Should().HaveCount(2).And.OnlyContain(d => Directory.Exists(d));
        app.LayerDirectories[0].Should().Be((await _store.FindAsync("base:1", default))!.LayerDirectories[0], "a shared base layer is unpacked once");
        Directory.EnumerateDirectories(Path.Combine(_root.Images, "layers")).Should().HaveCount(2);
        File.ReadAllText(Path.Combine(app.LayerDirectories[1], "app")).Should().Be("binary");
    }

    [RootFact]
    public async Task A_docker_save_archive_loads_as_an_oci_image_with_the_same_id()
    {
        var loaded = await LoadAsync(Child.DockerSaveArchive());

        (loaded.Single().Id, loaded.Single().Names.Single()).Should().Be((Child.Id, "team/app:2"));
        var image = await _store.FindAsync(Child.Id, default);
        image!.RepoTags.Should().Equal("team/app:2");
        image.Created.Should().Be(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        (await _store.FindAsync(Child.Id[7..19], default))!.Id.Should().Be(Child.Id, "a short id finds the image too");
    }

    [RootFact]
    public async Task A_layer_whose_bytes_do_not_match_its_digest_is_refused_and_nothing_of_it_kept()
    {
        var corrupt = new OciTestImage { CorruptLayer = true }.Layer(new LayerTar().File("f", "x")).Named("docker.io/library/bad:1");

        var act = () => LoadAsync(corrupt.OciArchive());

        (await act.Should().ThrowAsync<ContainerRuntimeException>()).WithMessage("*digest mismatch*");
        (await _store.FindAsync("bad:1", default)).Should().BeNull();
        Directory.EnumerateDirectories(Path.Combine(_root.Images, "layers")).Should().BeEmpty();
        Directory.EnumerateFileSystemEntries(Path.Combine(_root.Images, "tmp")).Should().BeEmpty();
    }

    [RootFact]
    public async Task Tags_are_untagged_one_at_a_time_and_the_last_removal_deletes_the_content()
    {
        await LoadAsync(Base.OciArchive());
        await LoadAsync(Child.OciArchive());
        await _store.TagAsync("team/app:2", "team/app:latest", default);

        (await _store.RemoveAsync("team/app:latest", force: false, default)).Should().Equal("team/app:latest");
        (await _store.FindAsync("team/app:2", default)).Should().NotBeNull();
        (await _store.RemoveAsync("team/app:2", force: false, default)).Should().Equal("team/app:2", Child.Id);

        (await _store.ListAsync(default)).Select(i => i.RepoTags.Single()).Should().Equal("base:1");
        Directory.EnumerateDirectories(Path.Combine(_root.Images, "layers")).Should().ContainSingle("the base layer stays for base:1");
        Directory.EnumerateFiles(Path.Combine(_root.Images, "blobs", "sha256")).Should().HaveCount(3, "base:1's manifest, config and layer are all that is left");
    }

    [RootFact]
    public async Task An_image_a_container_holds_is_kept_unless_forced_and_then_only_untagged()
    {
        await LoadAsync(Base.OciArchive());
        var image = (await _store.FindAsync("base:1", default))!;
        var container = Directory.CreateDirectory(Path.Combine(_root.Containers, "c1")).FullName;
        await _store.RetainAsync(image, container, default);

        var refused = () => _store.RemoveAsync("base:1", force: false, default);
        (await refused.Should().ThrowAsync<ResourceConflictException>()).WithMessage("*container c1 is using its referenced image*");

        (await _store.RemoveAsync("base:1", force: true, default)).Should().Equal("base:1");
        var dangling = (await _store.ListAsync(default)).Should().ContainSingle().Subject;
        (dangling.Id, dangling.RepoTags.Length).Should().Be((image.Id, 0));
        Directory.Exists(image.LayerDirectories[0]).Should().BeTrue("the container still needs the layer");

        Directory.Delete(container);
        (await _store.RemoveAsync(image.Id, force: false, default)).Should().Equal(image.Id);
        Directory.Exists(image.LayerDirectories[0]).Should().BeFalse("the hold lapsed with the container's directory");
    }

    [RootFact]
    public async Task Removing_by_id_an_image_with_several_tags_needs_force()
    {
        await LoadAsync(Base.OciArchive());
        await _store.TagAsync("base:1", "base:2", default);

        var act = () => _store.RemoveAsync(Base.Id, force: false, default);

        (await act.Should().ThrowAsync<ResourceConflictException>()).WithMessage("*referenced in multiple repositories*");
        (await _store.RemoveAsync(Base.Id, force: true, default)).Should().BeEquivalentTo(["base:1", "base:2", Base.Id]);
    }

    [RootFact]
    public async Task A_name_loaded_again_for_another_image_leaves_the_old_image_dangling()
    {
        await LoadAsync(Base.OciArchive());
        var newer = new OciTestImage().Layer(new LayerTar().File("bin/sh", "shell v2")).Named("docker.io/library/base:1");
        await LoadAsync(newer.OciArchive());

        var images = await _store.ListAsync(default);

        images.Should().HaveCount(2);
        images.Single(i => i.Id == newer.Id).RepoTags.Should().Equal("base:1");
        images.Single(i => i.Id == Base.Id).RepoTags.Should().BeEmpty();
    }

    [RootFact]
    public async Task The_config_becomes_the_native_image_config()
    {
        var body = """{"Entrypoint":["/init"],"Cmd":["run"],"Env":["A=1"],"WorkingDir":"/srv","User":"app","StopSignal":"SIGQUIT","ExposedPorts":{"80/tcp":{},"53/udp":{}},"Volumes":{"/data":{}},"Healthcheck":{"Test":["CMD-SHELL","true"],"Interval":5000000000,"Retries":3}}""";
        await LoadAsync(new OciTestImage { ConfigBody = body, Architecture = "arm64" }.Layer(new LayerTar().File("x", "y")).Named("docker.io/library/cfg:1").OciArchive());

        var config = (await _store.FindAsync("cfg:1", default))!.Config;

        config.Should().BeEquivalentTo(new NativeImageConfig
        {
            Entrypoint = ["/init"], Cmd = ["run"], Env = ["A=1"], WorkingDir = "/srv", User = "app", StopSignal = "SIGQUIT",
            ExposedPorts = ["53/udp", "80/tcp"], Volumes = ["/data"], Architecture = "arm64",
            Healthcheck = new Compose.Runtime.HealthCheckSpec { Test = ["CMD-SHELL", "true"], Interval = TimeSpan.FromSeconds(5), Retries = 3 },
        });
    }

    [Fact]
    public async Task An_unknown_name_is_not_found_and_its_removal_says_so()
    {
        (await _store.FindAsync("nothing:here", default)).Should().BeNull();

        var act = () => _store.RemoveAsync("nothing:here", force: false, default);

        (await act.Should().ThrowAsync<ImageNotFoundException>()).WithMessage("*No such image: nothing:here*");
    }

    private async Task<System.Collections.Immutable.ImmutableArray<Compose.Runtime.LoadedImage>> LoadAsync(Stream archive)
    {
        await using (archive)
        {
            return await _store.LoadAsync(archive, "test.tar", default);
        }
    }

    public void Dispose() => _store.Dispose();
}
