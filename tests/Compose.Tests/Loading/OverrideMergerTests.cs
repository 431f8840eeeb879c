using Compose.Errors;

namespace Compose.Tests.Loading;

public class OverrideMergerTests
{
    private static string Merged(string path, params string[] files) => TreeText.At(TreeText.Merge(files), path);

    private static string Service(string body) => "services:\n  web:\n" + string.Join("\n", body.Split('\n').Select(l => "    " + l)) + "\n";

    [Fact]
    public void Mappings_merge_recursively_and_scalars_are_replaced()
    {
        Merged("services.web", Service("image: a\nhealthcheck:\n  interval: 5s\n  retries: 3"), Service("image: b\nhealthcheck:\n  retries: 5"))
            .Should().Be("{image: b, healthcheck: {interval: 5s, retries: 5}}");
    }

    [Theory]
    [InlineData("command")]
    [InlineData("entrypoint")]
    public void Shell_commands_are_replaced_not_appended(string key)
    {
        Merged($"services.web.{key}", Service($"{key}: [echo, foo]"), Service($"{key}: [echo, bar]")).Should().Be("[echo, bar]");
    }

    [Fact]
    public void The_healthcheck_test_is_replaced()
    {
        Merged("services.web.healthcheck.test", Service("healthcheck:\n  test: [CMD, a]"), Service("healthcheck:\n  test: [CMD, b]")).Should().Be("[CMD, b]");
    }

    [Fact]
    public void Plain_lists_append()
    {
        Merged("services.web.post_start", Service("post_start:\n  - command: a"), Service("post_start:\n  - command: b"))
            .Should().Be("[{command: a}, {command: b}]");
    }

    [Fact]
    public void Ports_are_unique_by_host_ip_published_target_and_protocol_across_forms()
    {
        Merged("services.web.ports",
                Service("ports:\n  - 8080:80\n  - 127.0.0.1:9000:9000/udp\n  - 53:53/udp"),
                Service("ports:\n  - target: 80\n    published: 8080\n    protocol: tcp\n  - 127.0.0.1:9000:9000/tcp\n  - 53:53/UDP"))
            .Should().Be("[{target: 80, published: 8080, protocol: tcp}, 127.0.0.1:9000:9000/udp, 53:53/UDP, 127.0.0.1:9000:9000/tcp]");
    }

    [Fact]
    public void Volumes_are_unique_by_target()
    {
        Merged("services.web.volumes",
                Service("volumes:\n  - foo:/work\n  - ./data:/data:ro\n  - /cache"),
                Service("volumes:\n  - bar:/work\n  - type: bind\n    source: ./other\n    target: /data/"))
            .Should().Be("[bar:/work, {type: bind, source: ./other, target: /data/}, /cache]");
    }

    [Fact]
    public void Secrets_and_configs_are_unique_by_mount_target()
    {
        Merged("services.web.secrets", Service("secrets:\n  - a\n  - b"), Service("secrets:\n  - source: a\n    mode: 0400\n  - source: c\n    target: /run/secrets/b"))
            .Should().Be("[{source: a, mode: 0400}, {source: c, target: /run/secrets/b}]");
    }

    [Theory]
    [InlineData("expose", "[80, 443]", "[443, 8080]", "[80, 443, 8080]")]
    [InlineData("dns", "8.8.8.8", "[1.1.1.1, 8.8.8.8]", "[8.8.8.8, 1.1.1.1]")]
    [InlineData("cap_add", "[NET_ADMIN]", "[SYS_TIME, NET_ADMIN]", "[NET_ADMIN, SYS_TIME]")]
    [InlineData("security_opt", "[label=role:ROLE]", "[label=user:USER]", "[label=role:ROLE, label=user:USER]")]
    [InlineData("env_file", ".env", "[{path: .env, required: false}, extra.env]", "[{path: .env, required: false}, extra.env]")]
    [InlineData("tmpfs", "[/run:size=64m, /tmp]", "/run:size=128m", "[/run:size=128m, /tmp]")]
    [InlineData("profiles", "[a]", "[a, b]", "[a, b]")]
    public void Some_lists_merge_unique(string key, string first, string second, string expected)
    {
        Merged($"services.web.{key}", Service($"{key}: {first}"), Service($"{key}: {second}")).Should().Be(expected);
    }

    [Fact]
    public void Environment_merges_by_key_across_list_and_map_forms()
    {
        Merged("services.web.environment", Service("environment:\n  - A=1\n  - B=1\n  - C"), Service("environment:\n  B: 2\n  D: 4\n  C:"))
            .Should().Be("[A=1, B=2, C, D=4]");
        Merged("services.web.environment", Service("environment:\n  A: 1\n  B: 1"), Service("environment:\n  B: 2"))
            .Should().Be("{A: 1, B: 2}");
    }

    [Theory]
    [InlineData("labels")]
    [InlineData("annotations")]
    [InlineData("sysctls")]
    public void Other_key_value_attributes_merge_by_key(string key)
    {
        Merged($"services.web.{key}", Service($"{key}:\n  - a.b=1\n  - c=1"), Service($"{key}:\n  c: 2")).Should().Be("[a.b=1, c=2]");
    }

    [Fact]
    public void Extra_hosts_are_replaced_per_host_keeping_several_addresses()
    {
        Merged("services.web.extra_hosts", Service("extra_hosts:\n  - db=10.0.0.1\n  - db=fe80::1\n  - cache:10.0.0.2"), Service("extra_hosts:\n  db: 10.0.0.9"))
            .Should().Be("[db=10.0.0.9, cache:10.0.0.2]");
    }

    [Fact]
    public void Depends_on_merges_by_service_across_forms()
    {
        Merged("services.web.depends_on", Service("depends_on: [db, cache]"), Service("depends_on:\n  db:\n    condition: service_healthy"))
            .Should().Be("{db: {condition: service_healthy, required: true}, cache: {condition: service_started, required: true}}");
    }

    [Fact]
    public void Service_networks_merge_by_name_and_aliases_stay_unique()
    {
        Merged("services.web.networks", Service("networks:\n  front:\n    aliases: [a]\n  back:"), Service("networks:\n  front:\n    aliases: [a, b]\n  extra:"))
            .Should().Be("{front: {aliases: [a, b]}, back: null, extra: null}");
        Merged("services.web.networks", Service("networks: [front]"), Service("networks:\n  back:")).Should().Be("{front: null, back: null}");
    }

    [Fact]
    public void Build_args_merge_by_key_and_a_string_build_is_a_context()
    {
        Merged("services.web.build", Service("build: ./app"), Service("build:\n  args:\n    A: 1")).Should().Be("{context: ./app, args: {A: 1}}");
        Merged("services.web.build.args", Service("build:\n  args: [A=1, B=1]"), Service("build:\n  args:\n    B: 2")).Should().Be("[A=1, B=2]");
    }

    [Fact]
    public void Ulimits_merge_by_name_each_replaced_whole()
    {
        Merged("services.web.ulimits", Service("ulimits:\n  nproc: 65535\n  nofile:\n    soft: 1\n    hard: 2"), Service("ulimits:\n  nofile:\n    soft: 3"))
            .Should().Be("{nproc: 65535, nofile: {soft: 3}}");
    }

    [Fact]
    public void Logging_options_merge_only_for_the_same_driver()
    {
        Merged("services.web.logging", Service("logging:\n  driver: json-file\n  options: {max-size: 1m}"), Service("logging:\n  options: {max-file: 3}"))
            .Should().Be("{driver: json-file, options: {max-size: 1m, max-file: 3}}");
        Merged("services.web.logging", Service("logging:\n  driver: json-file\n  options: {max-size: 1m}"), Service("logging:\n  driver: syslog"))
            .Should().Be("{driver: syslog}");
    }

    [Fact]
    public void Reset_removes_an_inherited_value_and_entries()
    {
        var merged = TreeText.Merge(
            Service("image: a\nports: ['8080:80']\nenvironment:\n  FOO: BAR\n  KEEP: 1\ncommand: run"),
            Service("ports: !reset []\nenvironment:\n  FOO: !reset null\ncommand: !reset"));

        TreeText.At(merged, "services.web").Should().Be("{image: a, environment: {KEEP: 1}}");
    }

    [Fact]
    public void Reset_on_a_list_entry_removes_the_matching_entries()
    {
        Merged("services.web.ports", Service("ports: ['8080:80', '9090:90']"), Service("ports:\n  - !reset '8080:80'\n  - '7070:70'"))
            .Should().Be("[9090:90, 7070:70]");
        Merged("services.web.environment", Service("environment: [A=1, B=2]"), Service("environment:\n  A: !reset"))
            .Should().Be("[B=2]");
    }

    [Fact]
    public void Override_replaces_wholesale()
    {
        Merged("services.web.ports", Service("ports: ['8080:80']"), Service("ports: !override ['8443:443']")).Should().Be("[8443:443]");
        Merged("services.web.healthcheck", Service("healthcheck:\n  interval: 5s\n  retries: 3"), Service("healthcheck: !override\n  retries: 1"))
            .Should().Be("{retries: 1}");
    }

    [Fact]
    public void Tags_in_the_first_file_leave_no_trace()
    {
        Merged("services.web", Service("image: a\ncommand: !reset x\nports: !override ['80:80']")).Should().Be("{image: a, ports: [80:80]}");
    }

    [Fact]
    public void A_null_in_a_later_file_keeps_the_earlier_value()
    {
        Merged("services.web.image", Service("image: a"), Service("image:")).Should().Be("a");
    }

    [Fact]
    public void Extension_fields_are_replaced_wholesale()
    {
        Merged("x-common", "x-common:\n  a: 1\n  b: 2\n", "x-common:\n  c: 3\n").Should().Be("{c: 3}");
    }

    [Fact]
    public void Ipam_pools_merge_by_subnet()
    {
        Merged("networks.front.ipam.config",
                "networks:\n  front:\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n          gateway: 10.0.0.1\n",
                "networks:\n  front:\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n          ip_range: 10.0.0.0/25\n        - subnet: 10.1.0.0/24\n")
            .Should().Be("[{subnet: 10.0.0.0/24, gateway: 10.0.0.1, ip_range: 10.0.0.0/25}, {subnet: 10.1.0.0/24}]");
    }

    [Fact]
    public void Merging_different_shapes_names_both_places()
    {
        var act = () => TreeText.Merge(Service("healthcheck:\n  retries: 3"), Service("healthcheck: [a]"));

        act.Should().Throw<ComposeFileException>()
            .WithMessage("f1.yaml:3:18: services.web.healthcheck: cannot merge a sequence into a mapping defined at f0.yaml:4:7; write it in the same form, or tag it !override to replace it.");
    }
}
