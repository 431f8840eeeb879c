using System.Collections.Immutable;
using System.Text.Json;
using Compose.Runtime;
using Compose.Runtime.Docker;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;

namespace Compose.Tests.Runtime.Docker;

/// <summary>
/// The create body for API versions the engine here does not speak (1.44+ joins every network at creation).
/// Pure mapping: the engine tests cover what 1.41 does with the same specs.
/// </summary>
public sealed class ContainerSpecMapperTests
{
    private static readonly ContainerCreateSpec TwoNetworks = new()
    {
        Name = "p-web-1",
        Image = "busybox:latest",
        MacAddress = "02:42:ac:11:00:02",
        Networks =
        [
            new NetworkAttachment("front", ["web"]) { IPv4Address = "10.0.0.5", Priority = 10 },
            new NetworkAttachment("back", ["api"]) { MacAddress = "02:42:ac:11:00:03", LinkLocalIPs = ["169.254.1.1"], DriverOptions = Map("com.example.opt", "1") },
        ],
    };

    [Fact]
    public void Api_1_44_takes_every_network_at_creation_with_the_mac_address_on_the_primary_endpoint()
    {
        var body = Serialize(TwoNetworks, "1.48");
        var endpoints = body.GetProperty("NetworkingConfig").GetProperty("EndpointsConfig");

        endpoints.EnumerateObject().Select(e => e.Name).Should().Equal("front", "back");
        endpoints.GetProperty("front").GetProperty("MacAddress").GetString().Should().Be("02:42:ac:11:00:02");
        endpoints.GetProperty("front").GetProperty("GwPriority").GetInt32().Should().Be(10);
        endpoints.GetProperty("front").GetProperty("IPAMConfig").GetProperty("IPv4Address").GetString().Should().Be("10.0.0.5");
        endpoints.GetProperty("back").GetProperty("MacAddress").GetString().Should().Be("02:42:ac:11:00:03");
        endpoints.GetProperty("back").GetProperty("IPAMConfig").GetProperty("LinkLocalIPs")[0].GetString().Should().Be("169.254.1.1");
        endpoints.GetProperty("back").GetProperty("DriverOpts").GetProperty("com.example.opt").GetString().Should().Be("1");
        body.TryGetProperty("MacAddress", out _).Should().BeFalse();
        NetworkingMapper.ConnectedAfterCreate(TwoNetworks, Features("1.48")).Should().BeEmpty();
    }

    [Fact]
    public void Api_1_41_takes_the_primary_network_at_creation_and_the_rest_by_connect()
    {
        var spec = TwoNetworks with { Networks = [TwoNetworks.Networks[0], TwoNetworks.Networks[1] with { MacAddress = null }] };

        var body = Serialize(spec, "1.41");

        body.GetProperty("NetworkingConfig").GetProperty("EndpointsConfig").EnumerateObject().Select(e => e.Name).Should().Equal("front");
        body.GetProperty("HostConfig").GetProperty("NetworkMode").GetString().Should().Be("front");
        body.GetProperty("MacAddress").GetString().Should().Be("02:42:ac:11:00:02", "before 1.44 the MAC address is container-level");
        body.GetProperty("NetworkingConfig").GetProperty("EndpointsConfig").GetProperty("front").TryGetProperty("GwPriority", out _).Should().BeFalse();
        NetworkingMapper.ConnectedAfterCreate(spec, Features("1.41")).Select(n => n.NetworkName).Should().Equal("back");
    }

    [Fact]
    public void Host_and_container_network_modes_take_no_endpoints()
    {
        var body = Serialize(TwoNetworks with { NetworkMode = "container:db" }, "1.48");

        body.GetProperty("HostConfig").GetProperty("NetworkMode").GetString().Should().Be("container:db");
        body.TryGetProperty("NetworkingConfig", out _).Should().BeFalse();
        NetworkingMapper.ConnectedAfterCreate(TwoNetworks with { NetworkMode = "host" }, Features("1.41")).Should().BeEmpty();
    }

    [Fact]
    public void Newer_settings_are_refused_on_an_older_engine_instead_of_being_dropped_silently()
    {
        var annotated = new ContainerCreateSpec { Name = "x", Image = "i", Annotations = Map("a", "b") };
        var subpath = new ContainerCreateSpec { Name = "x", Image = "i", Mounts = [new MountSpec { Type = MountType.Volume, Source = "v", Target = "/v", VolumeSubpath = "sub" }] };
        var image = new ContainerCreateSpec { Name = "x", Image = "i", Mounts = [new MountSpec { Type = MountType.Image, Source = "busybox", Target = "/img" }] };
        var secondaryMac = TwoNetworks;

        Refused(annotated, "1.42").Which.Message.Should().Be("create container x: annotations needs Docker API 1.43 or newer, but the engine speaks 1.42; upgrade the engine or remove the setting");
        Refused(subpath, "1.44").Which.Required.Should().Be(new Version(1, 45));
        Refused(image, "1.47").Which.Feature.Should().Be("an image mount at /img");
        var connect = () => NetworkingMapper.ConnectedAfterCreate(secondaryMac, Features("1.41")).Select(a => EndpointMapper.ToDto(a, Features("1.41"))).ToList();
        connect.Should().Throw<EngineFeatureUnsupportedException>().Which.Feature.Should().Be("a MAC address on network 'back'");
        Serialize(annotated, "1.43").GetProperty("HostConfig").GetProperty("Annotations").GetProperty("a").GetString().Should().Be("b");
        Serialize(image, "1.48").GetProperty("HostConfig").GetProperty("Mounts")[0].GetProperty("Type").GetString().Should().Be("image");
    }

    [Fact]
    public void Mounts_choose_binds_only_where_the_structured_form_cannot_say_it()
    {
        var spec = new ContainerCreateSpec
        {
            Name = "x",
            Image = "i",
            Mounts =
            [
                new MountSpec { Type = MountType.Bind, Source = "/src", Target = "/a", BindCreateHostPath = true, ReadOnly = true, BindPropagation = "rshared" },
                new MountSpec { Type = MountType.Bind, Source = "/src", Target = "/b", BindSelinux = "Z" },
                new MountSpec { Type = MountType.Bind, Source = "/src", Target = "/c", BindPropagation = "rslave", Consistency = "cached" },
                new MountSpec { Type = MountType.Volume, Source = "v", Target = "/v", VolumeSubpath = "sub", VolumeLabels = Map("l", "1") },
            ],
        };

        var host = Serialize(spec, "1.45").GetProperty("HostConfig");

        host.GetProperty("Binds").EnumerateArray().Select(b => b.GetString()).Should().Equal("/src:/a:ro,rshared", "/src:/b:rw,Z");
        var mounts = host.GetProperty("Mounts");
        mounts[0].GetProperty("BindOptions").GetProperty("Propagation").GetString().Should().Be("rslave");
        mounts[0].GetProperty("Consistency").GetString().Should().Be("cached");
        mounts[1].GetProperty("VolumeOptions").GetProperty("Subpath").GetString().Should().Be("sub");
        mounts[1].GetProperty("VolumeOptions").GetProperty("Labels").GetProperty("l").GetString().Should().Be("1");
    }

    [Fact]
    public void Health_durations_are_nanoseconds_and_the_start_interval_needs_api_1_44()
    {
        var spec = new ContainerCreateSpec
        {
            Name = "x",
            Image = "i",
            HealthCheck = new HealthCheckSpec { Test = ["CMD", "true"], Interval = TimeSpan.FromMilliseconds(1500), StartInterval = TimeSpan.FromSeconds(1) },
            Resources = new ResourceSpec { DeviceRequests = [new DeviceRequestSpec { Driver = "nvidia", Count = -1, Capabilities = ["gpu", "utility"] }] },
            Docker = new DockerContainerOptions { StorageOpt = Map("size", "1G"), Links = ["db:database"], Isolation = "default" },
            CgroupParent = "/custom",
        };

        var modern = Serialize(spec, "1.44");
        var old = Serialize(spec, "1.41");

        modern.GetProperty("Healthcheck").GetProperty("Interval").GetInt64().Should().Be(1_500_000_000);
        modern.GetProperty("Healthcheck").GetProperty("StartInterval").GetInt64().Should().Be(1_000_000_000);
        old.GetProperty("Healthcheck").TryGetProperty("StartInterval", out _).Should().BeFalse();
        var host = old.GetProperty("HostConfig");
        host.GetProperty("DeviceRequests")[0].GetProperty("Capabilities")[0].EnumerateArray().Select(c => c.GetString()).Should().Equal("gpu", "utility");
        host.GetProperty("DeviceRequests")[0].GetProperty("Count").GetInt32().Should().Be(-1);
        host.GetProperty("StorageOpt").GetProperty("size").GetString().Should().Be("1G");
        host.GetProperty("Links")[0].GetString().Should().Be("db:database");
        host.GetProperty("Isolation").GetString().Should().Be("default");
        host.GetProperty("CgroupParent").GetString().Should().Be("/custom");
    }

    private static FluentAssertions.Specialized.ExceptionAssertions<EngineFeatureUnsupportedException> Refused(ContainerCreateSpec spec, string api)
    {
        var act = () => ContainerSpecMapper.ToDto(spec, Features(api));
        return act.Should().Throw<EngineFeatureUnsupportedException>();
    }

    private static JsonElement Serialize(ContainerCreateSpec spec, string api) =>
        JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(ContainerSpecMapper.ToDto(spec, Features(api)), DockerJsonContext.Default.ContainerCreateDto)).RootElement;

    private static ApiFeatures Features(string api) => new(Version.Parse(api), "create container", "x");

    private static ImmutableSortedDictionary<string, string> Map(string key, string value) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(key, value)]);
}
