using Compose.Runtime;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Images;
using Compose.TestSupport.Native;

namespace Compose.Tests.Native.Images;

/// <summary>The image half of the native driver as Core sees it (<see cref="IRuntimeImages"/>): docker's names, filters and removal answers.</summary>
public sealed class NativeImagesTests : IDisposable
{
    private readonly NativeImageStore _store;
    private readonly NativeImages _images;

    public NativeImagesTests()
    {
        var directory = TestTemp.Directory("native-images-");
        _store = new NativeImageStore(new NativeImageStoreOptions { Root = new NativeRoot(Path.Combine(directory, "state"), Path.Combine(directory, "run")) });
        _images = new NativeImages(_store);
    }

    [RootFact]
    public async Task Images_list_with_familiar_names_and_filter_by_label_and_reference()
    {
        await LoadAsync(new OciTestImage { ConfigBody = """{"Labels":{"com.docker.compose.project":"demo"}}""" }.Layer(new LayerTar().File("a", "1")).Named("docker.io/library/demo-web:latest"));
        await LoadAsync(new OciTestImage().Layer(new LayerTar().File("b", "2")).Named("docker.io/team/tool:2"));

        var all = await _images.ListImagesAsync(new ImageListFilter(), default);
        var labelled = await _images.ListImagesAsync(new ImageListFilter { Labels = LabelFilter.Of("com.docker.compose.project", "demo") }, default);
        var byName = await _images.ListImagesAsync(new ImageListFilter { Reference = "team/*" }, default);
        var byRepository = await _images.ListImagesAsync(new ImageListFilter { Reference = "demo-web" }, default);

        all.SelectMany(i => i.RepoTags).Should().BeEquivalentTo(["demo-web:latest", "team/tool:2"]);
        labelled.Single().RepoTags.Should().Equal("demo-web:latest");
        byName.Single().RepoTags.Should().Equal("team/tool:2");
        byRepository.Single().Labels.Should().Contain("com.docker.compose.project", "demo");
    }

    [RootFact]
    public async Task Inspect_gives_the_id_tags_and_creation_time_and_remove_answers_as_the_docker_driver_does()
    {
        var image = new OciTestImage().Layer(new LayerTar().File("a", "1")).Named("docker.io/library/app:1");
        await LoadAsync(image);

        var info = (await _images.InspectImageAsync("app:1", default))!;
        var removed = await _images.RemoveImageAsync("app:1", force: false, default);

        (info.Id, info.RepoTags.Single(), info.Created).Should().Be((image.Id, "app:1", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        info.Size.Should().Be(1, "the size is the unpacked content's");
        removed.Should().Equal("app:1", image.Id);
        (await _images.InspectImageAsync("app:1", default)).Should().BeNull();
    }

    private async Task LoadAsync(OciTestImage image)
    {
        await using var archive = image.OciArchive();
        await _store.LoadAsync(archive, "test", default);
    }

    public void Dispose() => _store.Dispose();
}
