using Compose.Conversion.Kubernetes;
using Compose.Errors;
using k8s.Models;

namespace Compose.Tests.Conversion;

/// <summary>
/// Each construct with no Kubernetes mapping gives exactly one warning, of its kind, located where the compose file
/// wrote it (file:line:col, as the loader's errors are); refusals are located errors.
/// </summary>
public class WarningTests
{
    [Theory]
    [InlineData("volumes: [\"./site:/usr/share/nginx/html\"]", WarningKinds.BindMount, "services.web.volumes[0]", 6, 15)]
    [InlineData("network_mode: host", WarningKinds.NetworkMode, "services.web.network_mode", 6, 5)]
    [InlineData("privileged: true", WarningKinds.Privileged, "services.web.privileged", 6, 5)]
    [InlineData("build: .", WarningKinds.Build, "services.web.build", 6, 5)]
    [InlineData("init: true", WarningKinds.Init, "services.web.init", 6, 5)]
    [InlineData("user: www-data", WarningKinds.NamedUser, "services.web.user", 6, 5)]
    [InlineData("ports: [\"127.0.0.1:8080:80\"]", WarningKinds.HostIp, "services.web.ports[0]", 6, 13)]
    [InlineData("healthcheck:\n      interval: 5s", WarningKinds.ImageHealthcheck, "services.web.healthcheck", 6, 5)]
    [InlineData("ulimits:\n      nofile: 1024", WarningKinds.Unsupported, "services.web.ulimits", 6, 5)]
    [InlineData("logging:\n      driver: syslog", WarningKinds.Unsupported, "services.web.logging", 6, 5)]
    [InlineData("devices: [\"/dev/fuse\"]", WarningKinds.Device, "services.web.devices", 6, 5)]
    [InlineData("extra_hosts: [\"host.docker.internal:host-gateway\"]", WarningKinds.Network, "services.web.extra_hosts", 6, 5)]
    [InlineData("security_opt: [\"seccomp:unconfined\"]", WarningKinds.Unsupported, "services.web.security_opt", 6, 5)]
    [InlineData("deploy:\n      placement:\n        constraints: [\"node.role==manager\"]", WarningKinds.Placement, "services.web.deploy.placement.constraints", 8, 9)]
    [InlineData("networks:\n      default:\n        aliases: [\"web.local\"]", WarningKinds.Alias, "services.web.networks.default.aliases", 8, 9)]
    [InlineData("labels:\n      \"bad key with spaces\": x", WarningKinds.Label, "services.web.labels", 6, 5)]
    [InlineData("post_start: [{command: [a]}, {command: [b]}]", WarningKinds.Hook, "services.web.post_start", 6, 5)]
    public async Task A_construct_with_no_mapping_gives_one_located_warning(string yaml, string kind, string keyPath, int line, int column)
    {
        var conversion = await Conversions.ConvertAsync($"# a comment line so that locations are not all on line 1\nservices:\n  web:\n    image: nginx\n    expose: [\"80\"]\n    {yaml}\n");
        var warning = conversion.Warnings.Should().ContainSingle().Subject;
        (warning.Kind, warning.KeyPath).Should().Be((kind, keyPath));
        warning.Location.Should().Be(new SourceLocation("compose.yaml", line, column));
        warning.ToString().Should().StartWith($"compose.yaml:{line}:{column}: {keyPath}: ");
    }

    [Fact]
    public async Task A_healthy_dependency_warns_that_the_start_order_is_lost()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        condition: service_healthy\n  db: {image: postgres}\n");
        conversion.Warnings.Should().ContainSingle().Which.Should().Match<ConversionWarning>(w =>
            w.Kind == WarningKinds.DependsOnOrder && w.KeyPath == "services.web.depends_on.db" && w.Location!.Line == 5);
    }

    [Fact]
    public async Task A_well_mapped_project_gives_no_warnings()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n    depends_on: [db]\n    healthcheck: {test: [CMD, true]}\n  db:\n    image: postgres\n    volumes: [data:/var/lib/postgresql/data]\nvolumes:\n  data: {}\n");
        conversion.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task Warnings_never_carry_secret_or_environment_values()
    {
        var conversion = await Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    privileged: true\n    environment: {PASSWORD: hunter2}\n    secrets: [{source: token, uid: \"1\"}]\nsecrets:\n  token: {environment: TOKEN}\n",
            environment: new Dictionary<string, string> { ["TOKEN"] = "tok-value" });
        conversion.Warnings.Should().HaveCount(2);
        conversion.Warnings.Select(w => w.ToString()).Should().NotContain(w => w.Contains("hunter2") || w.Contains("tok-value"));
        conversion.Single<V1Secret>("token").Data["token"].Should().Equal("tok-value"u8.ToArray());
    }

    [Fact]
    public async Task Two_services_with_the_same_kubernetes_name_are_refused_at_the_second()
    {
        var act = () => Conversions.ConvertAsync("services:\n  web_app: {image: nginx}\n  web-app: {image: nginx}\n");
        var error = (await act.Should().ThrowAsync<ComposeFileException>()).Which;
        error.Message.Should().Contain("'web-app' and 'web_app'").And.Contain("rename one");
        error.Location.Should().NotBeNull();
    }

    [Fact]
    public async Task A_service_name_kubernetes_cannot_use_is_refused_with_its_location()
    {
        var act = () => Conversions.ConvertAsync("services:\n  1web: {image: nginx}\n");
        (await act.Should().ThrowAsync<ComposeFileException>()).Which.Message.Should().StartWith("compose.yaml:2:3: services.1web: ");
    }

    [Fact]
    public async Task A_missing_secret_file_is_refused_at_its_file_key()
    {
        var act = () => Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    secrets: [key]\nsecrets:\n  key:\n    file: ./missing.txt\n", null);
        (await act.Should().ThrowAsync<ComposeFileException>()).Which.Message.Should().StartWith("compose.yaml:7:5: secrets.key.file: missing.txt not found");
    }

    [Fact]
    public async Task A_config_over_the_object_size_limit_is_refused()
    {
        var big = new string('x', ConversionFileReader.MaxContentBytes + 1);
        var act = () => Conversions.ConvertAsync("services:\n  web:\n    image: nginx\n    configs: [big]\nconfigs:\n  big:\n    file: ./big.txt\n", files: new Dictionary<string, string> { ["big.txt"] = big });
        (await act.Should().ThrowAsync<ComposeFileException>()).Which.Message.Should().Contain("configs.big: is").And.Contain("1 MiB");
    }
}
