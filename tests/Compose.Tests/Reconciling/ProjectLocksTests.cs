using System.Collections.Concurrent;
using System.Diagnostics;
using Compose.Locking;

namespace Compose.Tests.Reconciling;

/// <summary>The per-project lock on real files and real flocks (other processes hold them with util-linux flock).</summary>
public sealed class ProjectLocksTests : IDisposable
{
    private readonly string _directory = TestTemp.Directory("composectl-locks-");
    private readonly ConcurrentQueue<string> _waiting = new();

    [Fact]
    public async Task A_second_run_waits_for_the_first_and_says_once_who_it_waits_for()
    {
        var locks = Locks();
        var first = await locks.AcquireAsync(new LockRequest("demo", "up"), default);

        var second = locks.AcquireAsync(new LockRequest("demo", "down"), default);
        await Task.Delay(700);
        second.IsCompleted.Should().BeFalse("the first run still holds the lock");
        _waiting.Should().ContainSingle().Which.Should().Be($"waiting for another composectl run on project demo (pid {Environment.ProcessId}, up)");

        await first.DisposeAsync();
        await using var held = await second.WaitAsync(TimeSpan.FromSeconds(5));
        _waiting.Should().HaveCount(1, "the line is printed once");
        LockHolder.Read(locks.FilesOf("demo").HolderFile)!.Verb.Should().Be("down");
    }

    [Fact]
    public async Task Projects_and_engines_have_locks_of_their_own()
    {
        await using var demo = await Locks().AcquireAsync(new LockRequest("demo", "up"), default);

        await using var other = await Locks().AcquireAsync(new LockRequest("other", "up"), default).WaitAsync(TimeSpan.FromSeconds(5));
        await using var elsewhere = await Locks("docker tcp://10.0.0.2:2375/").AcquireAsync(new LockRequest("demo", "up"), default).WaitAsync(TimeSpan.FromSeconds(5));
        _waiting.Should().BeEmpty();
    }

    [Fact]
    public async Task A_holder_killed_with_sigkill_releases_the_lock()
    {
        var locks = Locks();
        var path = locks.FilesOf("demo").LockFile;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", path, "sleep", "60"]))!;
        await WaitUntilAsync(() => FileLock.IsHeld(path));

        var waiting = locks.AcquireAsync(new LockRequest("demo", "up"), default);
        await Task.Delay(1500);
        waiting.IsCompleted.Should().BeFalse();
        holder.Kill(entireProcessTree: true);
        await holder.WaitForExitAsync();

        await using var held = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        _waiting.Should().ContainSingle().Which.Should().Contain("(pid unknown)", "the holder never wrote its name; the line still comes, after a grace period");
    }

    [Fact]
    public async Task Waiting_is_cancellable()
    {
        var locks = Locks();
        await using var first = await locks.AcquireAsync(new LockRequest("demo", "up"), default);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var waiting = () => locks.AcquireAsync(new LockRequest("demo", "stop"), cancel.Token);

        await waiting.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Down_pauses_the_controller_for_the_project_and_up_resumes_it()
    {
        var locks = Locks();
        var pause = locks.FilesOf("demo").PauseFile;

        await (await locks.AcquireAsync(new LockRequest("demo", "stop") { Intent = LockIntent.Pause, Services = ["web"] }, default)).DisposeAsync();
        PauseFile.Read(pause)!.Services.Should().Equal("web");
        await (await locks.AcquireAsync(new LockRequest("demo", "rm") { Intent = LockIntent.Pause, Services = ["worker"] }, default)).DisposeAsync();
        PauseFile.Read(pause)!.Services.Should().Equal("web", "worker");
        await (await locks.AcquireAsync(new LockRequest("demo", "start") { Intent = LockIntent.Resume, Services = ["web"] }, default)).DisposeAsync();
        PauseFile.Read(pause)!.Services.Should().Equal("worker");

        await (await locks.AcquireAsync(new LockRequest("demo", "down") { Intent = LockIntent.Pause }, default)).DisposeAsync();
        PauseFile.Read(pause).Should().Match<PauseRequest>(p => p.WholeProject && p.Verb == "down" && p.Pid == Environment.ProcessId);
        await (await locks.AcquireAsync(new LockRequest("demo", "run"), default)).DisposeAsync();
        PauseFile.Read(pause)!.WholeProject.Should().BeTrue("run says nothing to the controller");

        await (await locks.AcquireAsync(new LockRequest("demo", "up") { Intent = LockIntent.Resume }, default)).DisposeAsync();
        PauseFile.Read(pause).Should().BeNull();
    }

    private ProjectLocks Locks(string endpoint = "docker /var/run/docker.sock") =>
        new(new Dictionary<string, string> { ["COMPOSECTL_RUNTIME_DIR"] = _directory }, endpoint, _waiting.Enqueue);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline);
            await Task.Delay(20);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
