using System.Collections.Immutable;
using Compose.Runtime;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Events;
using Compose.Runtime.Native.Networking;
using Compose.Runtime.Native.State;

namespace Compose.Tests.Native;

public sealed class NativeStateTests
{
    private static NativeRoot Root()
    {
        var directory = TestTemp.Directory("native-state-");
        return new NativeRoot(Path.Combine(directory, "state"), Path.Combine(directory, "run"));
    }

    [Fact]
    public async Task A_container_record_and_its_status_read_back_as_written_by_another_store()
    {
        var root = Root();
        var record = new ContainerRecord
        {
            Id = new string('d', 64), Name = "p-db-1", Group = "p", Image = "busybox", ImageId = "sha256:b",
            Labels = ImmutableSortedDictionary<string, string>.Empty.Add("com.docker.compose.project", "p"),
            HealthCheck = new HealthCheckSpec { Test = ["CMD", "true"], Interval = TimeSpan.FromSeconds(2) },
            RestartPolicy = new RestartPolicySpec("on-failure", 3),
            Ports = [new PortBinding(80, "tcp", "127.0.0.1", "8080")],
            Mounts = [new MountInfo(MountType.Volume, "data", "/v/data/_data", "/data", true)],
        };
        await new StateStore(root).WriteContainerAsync(record, CancellationToken.None);
        await new StateStore(root).UpdateStatusAsync(record.Id, s => s with { State = ContainerState.Running, Pid = 42, HealthStatus = "starting" }, CancellationToken.None);

        var later = new StateStore(root);
        (await later.ReadContainerAsync(record.Id, CancellationToken.None)).Should().BeEquivalentTo(record);
        (await later.ReadStatusAsync(record.Id, CancellationToken.None)).Should().Match<ContainerStatusRecord>(s => s.State == ContainerState.Running && s.Pid == 42);
        later.ContainerIds().Should().Equal(record.Id);
        (await later.ReadStatusAsync("missing", CancellationToken.None)).Should().Be(ContainerStatusRecord.New);
    }

    [Fact]
    public void A_name_is_claimed_once_and_can_be_claimed_again_after_its_release()
    {
        var store = new StateStore(Root());
        store.TryClaimName("p-web-1", "id1").Should().BeTrue();
        store.TryClaimName("p-web-1", "id2").Should().BeFalse();
        store.ResolveName("p-web-1").Should().Be("id1");
        store.NameOf("id1").Should().Be("p-web-1");
        store.ReleaseName("p-web-1", "id2");
        store.ResolveName("p-web-1").Should().Be("id1", "only its holder releases a name");
        store.ReleaseName("p-web-1", "id1");
        store.TryClaimName("p-web-1", "id2").Should().BeTrue();
    }

    [Fact]
    public async Task Addresses_are_claimed_exclusively_and_taken_back_from_containers_that_are_gone()
    {
        var root = Root();
        var store = new StateStore(root);
        var allocator = new IpAllocator(store);
        var network = new NetworkRecord { Id = "n1", Name = "net", BridgeName = "cctl1", Subnet = "10.89.254.0/29", Gateway = "10.89.254.1" };
        Directory.CreateDirectory(store.ContainerDirectory("live"));

        allocator.Allocate(network, "live", null).Should().Be("10.89.254.2");
        allocator.Allocate(network, "gone", null).Should().Be("10.89.254.3");
        allocator.Allocate(network, "other", "10.89.254.3").Should().Be("10.89.254.3", "the holder of .3 has no folder: a killed create");
        var taken = () => allocator.Allocate(network, "x", "10.89.254.2");
        taken.Should().Throw<Compose.Runtime.Errors.ContainerRuntimeException>().WithMessage("*already in use*");
        allocator.Holders("n1").Should().Equal("live");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_group_lock_is_shared_inside_a_process_and_exclusive_between_processes()
    {
        var root = Root();
        var locks = new GroupLocks(root);
        await using (await locks.AcquireAsync("p", CancellationToken.None))
        await using (await locks.AcquireAsync("p", CancellationToken.None))
        {
            FileLock.TryAcquire(Path.Combine(root.Locks, "group-p.lock")).Should().BeNull("the file lock is held while any step holds the group");
        }

        using var free = FileLock.TryAcquire(Path.Combine(root.Locks, "group-p.lock"));
        free.Should().NotBeNull("the last release lets go of the file lock");
    }

    [Fact]
    public async Task The_event_log_replays_from_since_to_until_and_follows_appends()
    {
        var root = Root();
        var clock = new ManualClock(DateTimeOffset.UnixEpoch.AddDays(100));
        var log = new EventLog(root, clock);
        var attributes = ImmutableSortedDictionary<string, string>.Empty.Add("name", "c");
        await log.AppendAsync("p", "container", "create", "id", attributes, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var middle = clock.GetUtcNow();
        await log.AppendAsync("p", "container", "start", "id", attributes, CancellationToken.None);
        await log.AppendAsync("other", "container", "create", "id2", attributes, CancellationToken.None);

        var fromMiddle = await log.ReadAsync(["p"], middle, null, follow: false, CancellationToken.None).ToListAsync();
        var untilMiddle = await log.ReadAsync(["p"], null, middle.AddTicks(-1), follow: false, CancellationToken.None).ToListAsync();
        var all = await log.ReadAsync(null, null, null, follow: false, CancellationToken.None).ToListAsync();

        fromMiddle.Select(e => e.Action).Should().Equal("start");
        untilMiddle.Select(e => e.Action).Should().Equal("create");
        all.Should().HaveCount(3);
    }
}
