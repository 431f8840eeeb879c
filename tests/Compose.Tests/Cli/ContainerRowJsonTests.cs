using System.Collections.Immutable;
using Compose.Cli.Commands;
using Compose.Output;
using Compose.Runtime;

namespace Compose.Tests.Cli;

/// <summary>Issue 15 item 6: <c>ps --format json</c> field by field as docker compose's formatter gives them.</summary>
public class ContainerRowJsonTests
{
    private static readonly ContainerInfo Db = new()
    {
        Id = new string('a', 64),
        Name = "demo-db-1",
        Image = "postgres:15",
        ImageId = "sha256:" + new string('b', 64),
        Command = "docker-entrypoint.sh postgres -c \"x=1\"",
        State = ContainerState.Running,
        Status = "Up 3 minutes (healthy)",
        Created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Labels = ImmutableSortedDictionary<string, string>.Empty.Add("com.docker.compose.project", "demo").Add("com.docker.compose.service", "db"),
        Mounts =
        [
            new MountInfo(MountType.Volume, "demo_data", "/var/lib/docker/volumes/demo_data/_data", "/var/lib/postgresql/data", true, "local"),
            new MountInfo(MountType.Volume, new string('c', 64), "/var/lib/docker/volumes/ccc/_data", "/tmp", true, "local"),
            new MountInfo(MountType.Bind, null, "/srv/init", "/docker-entrypoint-initdb.d", false),
        ],
    };

    [Fact]
    public void Local_volumes_count_and_mounts_name_each_mount_shortened_as_docker_compose_does()
    {
        var row = Fields(ContainerRow.From(Db, Db.Created.AddMinutes(3), noTrunc: false));

        row["LocalVolumes"].Should().Be("2");
        row["Mounts"].Should().Be("demo_data,cccccccccccccc…,/srv/init");
        row["ID"].Should().Be("aaaaaaaaaaaa");
        row["Command"].Should().Be("\"docker-entrypoint.s…\"");
        row["Health"].Should().Be("healthy");
        row["Project"].Should().Be("demo");
        row["Service"].Should().Be("db");
    }

    [Fact]
    public void No_trunc_gives_full_ids_mount_names_and_the_command_quoted_as_go_quotes_it()
    {
        var row = Fields(ContainerRow.From(Db, Db.Created, noTrunc: true));

        row["ID"].Should().Be(Db.Id);
        row["Mounts"].Should().Be($"demo_data,{new string('c', 64)},/srv/init");
        row["Command"].Should().Be("\"docker-entrypoint.sh postgres -c \\\"x=1\\\"\"");
    }

    [Fact]
    public void Json_keys_are_docker_compose_s_in_its_sorted_order()
    {
        var row = ContainerRow.From(Db, Db.Created, noTrunc: false);

        row.Select(f => f.Key).Should().Equal(
            "Command", "CreatedAt", "ExitCode", "Health", "ID", "Image", "Labels", "LocalVolumes", "Mounts", "Name", "Names",
            "Networks", "Ports", "Project", "Publishers", "RunningFor", "Service", "Size", "State", "Status");
        JsonOutput.WriteCompact(row).Should().Contain("\"LocalVolumes\":\"2\"");
    }

    private static Dictionary<string, string?> Fields(List<KeyValuePair<string, object?>> row) =>
        row.ToDictionary(f => f.Key, f => f.Value as string ?? f.Value?.ToString());
}
