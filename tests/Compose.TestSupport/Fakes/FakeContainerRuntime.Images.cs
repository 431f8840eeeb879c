using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Formats.Tar;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.TestSupport.Fakes;

/// <summary>
/// Images of the fake engine: a registry holding the images pulls get, builds whose image id is a digest of the
/// context tar and the build settings (so an unchanged rebuild gives the same id, as the builder's cache does),
/// pushes, and failures a test injects. By default every image exists, as the planner tests want; with
/// <see cref="KnownImagesOnly"/> only those seeded, pulled or built do.
/// </summary>
public sealed partial class FakeContainerRuntime
{
    private readonly ConcurrentDictionary<string, string> _registry = new();
    private readonly ConcurrentDictionary<string, bool> _knownImages = new();
    private readonly ConcurrentDictionary<string, string> _imageFailures = new();
    private readonly ConcurrentQueue<FakeBuild> _builds = new();

    /// <summary>A build the fake ran: its spec and the context it received (entry name → content).</summary>
    public sealed record FakeBuild(ImageBuildSpec Spec, ImmutableSortedDictionary<string, string> Context);

    /// <summary>Only images seeded, pulled or built exist (the default: every reference exists).</summary>
    public bool KnownImagesOnly { get; set; }

    public IReadOnlyList<FakeBuild> Builds => [.. _builds];

    /// <summary>The engine has <paramref name="reference"/> as <paramref name="id"/>.</summary>
    public void SeedImage(string reference, string id)
    {
        _imageIds[reference] = id;
        _knownImages[reference] = true;
        _missingImages.TryRemove(reference, out _);
    }

    /// <summary>The registry serves <paramref name="reference"/> as <paramref name="id"/>.</summary>
    public void SeedRegistry(string reference, string id) => _registry[reference] = id;

    /// <summary>The next <c>pull</c>, <c>push</c> or <c>build</c> (<paramref name="operation"/>) of the reference fails with this message.</summary>
    public void FailImage(string operation, string reference, string message) => _imageFailures[$"{operation} {reference}"] = message;

    public async IAsyncEnumerable<ImageProgress> PullImageAsync(ImagePullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reference = request.Reference;
        Record(new("pull", "image", reference));
        await SimulateLatencyAsync(cancellationToken);
        var resource = $"{reference} from registry {RegistryOf(reference)}";
        ThrowInjected("pull", reference, resource);
        if (!_registry.TryGetValue(reference, out var id))
        {
            throw new ImageNotFoundException("pull image", resource, $"manifest for {reference} not found: manifest unknown: manifest unknown");
        }

        var upToDate = HasImage(reference) && ImageIdOf(reference) == id;
        foreach (var message in LayerMessages(upToDate, "Downloading", "Pull complete"))
        {
            yield return message;
        }

        yield return new ImageProgress { Status = upToDate ? $"Status: Image is up to date for {reference}" : $"Status: Downloaded newer image for {reference}" };
        SeedImage(reference, id);
    }

    public async IAsyncEnumerable<ImageProgress> PushImageAsync(string reference, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Record(new("push", "image", reference));
        await SimulateLatencyAsync(cancellationToken);
        var resource = $"{reference} to registry {RegistryOf(reference)}";
        ThrowInjected("push", reference, resource);
        if (!HasImage(reference))
        {
            throw new ImageNotFoundException("push image", resource, $"An image does not exist locally with the tag: {reference}");
        }

        foreach (var message in LayerMessages(upToDate: false, "Pushing", "Pushed"))
        {
            yield return message;
        }

        _registry[reference] = ImageIdOf(reference);
    }

    public async IAsyncEnumerable<ImageProgress> BuildImageAsync(ImageBuildSpec spec, Stream contextTar, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reference = spec.Tags.FirstOrDefault() ?? "";
        Record(new("build", "image", reference));
        var context = spec.RemoteContext is null ? await ReadContextAsync(contextTar, cancellationToken) : ImmutableSortedDictionary<string, string>.Empty;
        await SimulateLatencyAsync(cancellationToken);
        _builds.Enqueue(new FakeBuild(spec, context));
        yield return new ImageProgress { Output = "Step 1/2 : FROM busybox:latest\n" };
        yield return new ImageProgress { Output = " ---> 2c9f4a4e9113\n" };
        yield return new ImageProgress { Output = "Step 2/2 : RUN make\n" };
        yield return new ImageProgress { Output = "compiling...\n" };
        ThrowInjected("build", reference, reference);
        var id = BuildId(spec, context);
        yield return new ImageProgress { ImageId = id };
        foreach (var tag in spec.Tags)
        {
            SeedImage(tag, id);
        }
    }

    public Task TagImageAsync(string source, string target, CancellationToken cancellationToken)
    {
        Record(new("tag", "image", source, target));
        SeedImage(target, ImageIdOf(source));
        return Task.CompletedTask;
    }

    private bool HasImage(string reference) => !_missingImages.ContainsKey(reference) && (!KnownImagesOnly || _knownImages.ContainsKey(reference));

    private void ThrowInjected(string operation, string reference, string resource)
    {
        if (_imageFailures.TryRemove($"{operation} {reference}", out var message))
        {
            throw operation == "build"
                ? new ImageBuildFailedException("build image", resource, message)
                : new ContainerRuntimeException($"{operation} image", resource, message);
        }
    }

    private static string RegistryOf(string reference) =>
        reference.Split('/') is [var first, _, ..] && (first.Contains('.') || first.Contains(':') || first == "localhost") ? first : "docker.io";

    private static IEnumerable<ImageProgress> LayerMessages(bool upToDate, string moving, string done)
    {
        foreach (var layer in new[] { "aaaaaaaaaaaa", "bbbbbbbbbbbb" })
        {
            if (upToDate)
            {
                yield return new ImageProgress { Id = layer, Status = "Already exists" };
                continue;
            }

            yield return new ImageProgress { Id = layer, Status = moving, Current = 500, Total = 1000 };
            yield return new ImageProgress { Id = layer, Status = moving, Current = 1000, Total = 1000 };
            yield return new ImageProgress { Id = layer, Status = done };
        }
    }

    private static async Task<ImmutableSortedDictionary<string, string>> ReadContextAsync(Stream tar, CancellationToken cancellationToken)
    {
        var entries = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        await using var reader = new TarReader(tar);
        while (await reader.GetNextEntryAsync(copyData: true, cancellationToken) is { } entry)
        {
            using var content = new StreamReader(entry.DataStream ?? Stream.Null);
            entries[entry.Name] = await content.ReadToEndAsync(cancellationToken);
        }

        return entries.ToImmutable();
    }

    /// <summary>Same context and settings, same id: the builder's cache.</summary>
    private static string BuildId(ImageBuildSpec spec, ImmutableSortedDictionary<string, string> context)
    {
        var text = new StringBuilder()
            .Append(spec.Dockerfile).Append('|').Append(spec.Target).Append('|').Append(spec.RemoteContext)
            .AppendJoin(',', spec.BuildArgs.Select(a => $"{a.Key}={a.Value}")).Append('|')
            .AppendJoin(',', spec.Labels.Select(a => $"{a.Key}={a.Value}")).Append('|')
            .AppendJoin(',', context.Select(e => $"{e.Key}:{e.Value}"));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
