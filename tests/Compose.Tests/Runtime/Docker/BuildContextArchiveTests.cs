using System.Formats.Tar;
using Compose.Runtime.Build;

namespace Compose.Tests.Runtime.Docker;

public sealed class BuildContextArchiveTests : IDisposable
{
    private readonly string _context = TestTemp.Directory("composectl-context-");

    [Fact]
    public async Task Dockerignore_rules_apply_in_order_with_globs_and_exceptions()
    {
        Write("Dockerfile", "app.txt", "README.md", "docs/guide.md", "docs/keep/important.md", "src/a.cs", "src/deep/b.cs", "src/deep/c.tmp", "build/out.bin", "node_modules/x/index.js");
        Write(".dockerignore", "# comment\n\n/build\nnode_modules\ndocs/**\n!docs/keep\n**/*.tmp\n*.md\n!README.md\n./src/deep/../deep/b.cs\n");

        var entries = await EntriesAsync("Dockerfile");

        entries.Should().Equal(".dockerignore", "Dockerfile", "README.md", "app.txt", "docs", "docs/keep", "docs/keep/important.md", "src", "src/a.cs", "src/deep");
    }

    [Fact]
    public async Task The_dockerfile_and_the_ignore_file_are_sent_even_when_ignored()
    {
        Write("docker/web.Dockerfile", "app.txt", "other.txt");
        Write(".dockerignore", "*\n!app.txt\n");

        var entries = await EntriesAsync("docker/web.Dockerfile");

        entries.Should().Equal(".dockerignore", "app.txt", "docker/web.Dockerfile");
    }

    [Fact]
    public async Task A_dockerfile_specific_ignore_file_takes_precedence()
    {
        Write("Dockerfile", "web.Dockerfile", "app.txt", "secret.txt");
        Write(".dockerignore", "app.txt\n");
        Write("web.Dockerfile.dockerignore", "secret.txt\n");

        var specific = await EntriesAsync("web.Dockerfile");
        var general = await EntriesAsync("Dockerfile");

        specific.Should().Equal(".dockerignore", "Dockerfile", "app.txt", "web.Dockerfile", "web.Dockerfile.dockerignore");
        general.Should().Equal(".dockerignore", "Dockerfile", "secret.txt", "web.Dockerfile", "web.Dockerfile.dockerignore");
    }

    [Fact]
    public async Task A_dockerfile_outside_the_context_travels_under_a_generated_name_and_links_stay_links()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"composectl-{Guid.NewGuid():N}.Dockerfile");
        await File.WriteAllTextAsync(outside, "FROM busybox\n");
        Write("app.txt");
        File.CreateSymbolicLink(Path.Combine(_context, "link"), "app.txt");
        try
        {
            using var tar = new MemoryStream();
            var name = await BuildContextArchive.WriteAsync(_context, outside, tar, default);
            tar.Position = 0;
            var entries = await ReadAsync(tar);

            name.Should().StartWith(".dockerfile.");
            entries.Select(e => e.Name).Should().Equal("app.txt", "link", name);
            entries.Single(e => e.Name == "link").Should().Match<TarEntry>(e => e.EntryType == TarEntryType.SymbolicLink && e.LinkName == "app.txt");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task A_missing_dockerfile_is_reported_before_anything_is_sent()
    {
        Write("app.txt");

        var act = () => Task.FromResult(BuildContextArchive.OpenRead(_context, "Nope.Dockerfile", default));

        await act.Should().ThrowAsync<FileNotFoundException>().WithMessage($"*{Path.Combine(_context, "Nope.Dockerfile")}*");
    }

    private async Task<List<string>> EntriesAsync(string dockerfile)
    {
        await using var tar = BuildContextArchive.OpenRead(_context, dockerfile, default);
        return [.. (await ReadAsync(tar.Tar)).Select(e => e.Name)];
    }

    private static async Task<List<TarEntry>> ReadAsync(Stream tar)
    {
        var entries = new List<TarEntry>();
        await using var reader = new TarReader(tar);
        while (await reader.GetNextEntryAsync() is { } entry)
        {
            entries.Add(entry);
        }

        return entries;
    }

    private void Write(params string[] paths)
    {
        foreach (var path in paths)
        {
            var full = Path.Combine(_context, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, path);
        }
    }

    private void Write(string path, string content) => File.WriteAllText(Path.Combine(_context, path), content);

    public void Dispose() => Directory.Delete(_context, recursive: true);
}
