using Compose.Images;

namespace Compose.Tests.Images;

public sealed class PullHistoryFileTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 5, 6, 7, 8, 9, TimeSpan.Zero);
    private readonly string _state = TestTemp.Directory("composectl-state-");

    private string HistoryPath => Path.Combine(_state, "composectl", "pulls.json");

    public void Dispose() => Directory.Delete(_state, recursive: true);

    [Fact]
    public async Task Records_survive_in_the_file_and_a_later_pull_of_a_reference_replaces_its_record()
    {
        var history = new PullHistoryFile(HistoryPath, TimeProvider.System);

        await history.RecordAsync([new PullRecord("redis:7", "sha256:a", At), new PullRecord("busybox:latest", "sha256:b", At)], default);
        await history.RecordAsync([new PullRecord("redis:7", "sha256:c", At.AddDays(1))], default);

        (await new PullHistoryFile(HistoryPath, TimeProvider.System).ReadAsync(default)).Should().BeEquivalentTo([
            new PullRecord("busybox:latest", "sha256:b", At),
            new PullRecord("redis:7", "sha256:c", At.AddDays(1))]);
        File.ReadAllText(HistoryPath).Should().Contain("\"version\": 1").And.Contain("\"redis:7\"");
    }

    [Fact]
    public async Task Writers_running_at_once_keep_each_others_records()
    {
        var writers = Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => new PullHistoryFile(HistoryPath, TimeProvider.System).RecordAsync([new PullRecord($"app{i}:1", "sha256:" + i, At)], default)));

        await Task.WhenAll(writers);

        (await new PullHistoryFile(HistoryPath, TimeProvider.System).ReadAsync(default)).Should().HaveCount(8);
    }

    [Fact]
    public async Task A_missing_or_damaged_file_is_an_empty_history()
    {
        var history = new PullHistoryFile(HistoryPath, TimeProvider.System);
        (await history.ReadAsync(default)).Should().BeEmpty();

        Directory.CreateDirectory(Path.GetDirectoryName(HistoryPath)!);
        await File.WriteAllTextAsync(HistoryPath, "{ not json");

        (await history.ReadAsync(default)).Should().BeEmpty();
        await history.RecordAsync([new PullRecord("redis:7", "sha256:a", At)], default);
        (await history.ReadAsync(default)).Should().ContainSingle();
    }

    [Theory]
    [InlineData("/state", "/home/u", "/state/composectl/pulls.json")]
    [InlineData("", "/home/u", "/home/u/.local/state/composectl/pulls.json")]
    [InlineData(null, null, null)]
    public void The_default_place_follows_xdg_state_home_then_home(string? state, string? home, string? expected)
    {
        var environment = new Dictionary<string, string>();
        if (state is not null)
        {
            environment["XDG_STATE_HOME"] = state;
        }

        if (home is not null)
        {
            environment["HOME"] = home;
        }

        PullHistoryFile.DefaultPath(environment).Should().Be(expected);
    }
}
