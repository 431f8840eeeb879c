using System.Collections.Immutable;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Events;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;
using Compose.Runtime.Native.Supervision;

namespace Compose.Tests.Native;

/// <summary>A project's own files (event log, supervisor log, locks) go with its last resource, and only then.</summary>
public sealed class GroupStateJanitorTests
{
    private static readonly ImmutableSortedDictionary<string, string> OfP = ImmutableSortedDictionary<string, string>.Empty.Add("com.docker.compose.project", "p");
    private readonly NativeRoot _root;
    private readonly StateStore _store;
    private readonly GroupLocks _locks;
    private readonly SupervisorLauncher _supervisors;
    private readonly GroupStateJanitor _janitor;

    public GroupStateJanitorTests()
    {
        var directory = TestTemp.Directory("native-janitor-");
        _root = new NativeRoot(Path.Combine(directory, "state"), Path.Combine(directory, "run"));
        _store = new StateStore(_root);
        _locks = new GroupLocks(_root);
        _supervisors = new SupervisorLauncher(_root, new SupervisorCommand("/bin/false", []), new ToolRunner());
        _janitor = new GroupStateJanitor(_store, _locks, _supervisors);
    }

    private string ProjectDirectory => Path.Combine(_root.Projects, "p");

    private async Task MakeProjectFilesAsync()
    {
        await new EventLog(_root, TimeProvider.System).AppendAsync("p", "network", "create", "n1", OfP, default);
        await File.WriteAllTextAsync(_supervisors.LogPath("p"), "supervisor output\n");
        await (await _locks.AcquireAsync("p", default)).DisposeAsync();
        FileLock.TryAcquire(_supervisors.LockPath("p"))!.Dispose();
    }

    [Fact]
    public async Task With_nothing_of_the_project_left_its_directory_and_lock_files_go()
    {
        await MakeProjectFilesAsync();

        await _janitor.RemoveIfUnusedAsync("p", default);

        Directory.Exists(ProjectDirectory).Should().BeFalse();
        Directory.EnumerateFiles(_root.Locks).Should().NotContain(f => f.Contains("-p.lock"));
    }

    [Fact]
    public async Task A_network_or_a_kept_volume_of_the_project_keeps_its_files()
    {
        await MakeProjectFilesAsync();
        await _store.WriteNetworkAsync(new NetworkRecord { Id = "n1", Name = "p_default", BridgeName = "cctl9", Subnet = "10.89.9.0/24", Gateway = "10.89.9.1", Labels = OfP }, default);
        await _store.WriteVolumeAsync(new VolumeRecord { Name = "p_data", Labels = OfP }, default);

        await _janitor.RemoveIfUnusedAsync("p", default);
        Directory.Delete(_store.NetworkDirectory("n1"), recursive: true);
        await _janitor.RemoveIfUnusedAsync("p", default);

        File.Exists(Path.Combine(ProjectDirectory, "events.jsonl")).Should().BeTrue("down without -v kept the named volume, and its events stay");
        Directory.Delete(_store.VolumeDirectory("p_data"), recursive: true);
        await _janitor.RemoveIfUnusedAsync("p", default);
        Directory.Exists(ProjectDirectory).Should().BeFalse("the last resource went");
    }

    [Fact]
    public async Task A_running_supervisor_or_another_step_inside_the_group_keeps_the_files()
    {
        await MakeProjectFilesAsync();
        using (FileLock.TryAcquire(_supervisors.LockPath("p")))
        {
            await _janitor.RemoveIfUnusedAsync("p", default);
        }

        await using (await _locks.AcquireAsync("p", default))
        {
            await _janitor.RemoveIfUnusedAsync("p", default);
        }

        Directory.Exists(ProjectDirectory).Should().BeTrue("the supervisor cleans up as it ends, the step after its own removal");
        _supervisors.IsRunning("p").Should().BeFalse();
    }

    [Fact]
    public void Asking_whether_a_supervisor_runs_creates_no_lock_file()
    {
        _supervisors.IsRunning("q").Should().BeFalse();

        File.Exists(_supervisors.LockPath("q")).Should().BeFalse();
    }

    [Fact]
    public async Task A_container_s_lock_file_goes_when_let_go_after_the_container_is_gone()
    {
        var id = new string('c', 64);
        Directory.CreateDirectory(_store.ContainerDirectory(id));
        var lockFile = Path.Combine(_root.Locks, "containers", id + ".lock");

        (await _store.LockContainerAsync(id, default)).Dispose();
        File.Exists(lockFile).Should().BeTrue("the container still exists");
        Directory.Delete(_store.ContainerDirectory(id));
        (await _store.LockContainerAsync(id, default)).Dispose();

        File.Exists(lockFile).Should().BeFalse();
    }
}
