using Compose.Errors;

namespace Compose.Tests.Loading;

public class ExtendsTests
{
    private static string Testdata(params string[] parts) => Corpus.File(["compose-go", "loader", "testdata", .. parts]);

    private static async Task<string> ServiceAsync(string file, string service) =>
        TreeText.At(await TreeText.LoadAsync([file]), $"services.{service}");

    [CorpusFact]
    public async Task Extends_from_another_file_follows_chains_and_keeps_local_keys()
    {
        var base_ = Testdata("extends", "base.yaml");
        var tree = TempTree.Create(("compose.yaml", $$"""
            services:
              test1:
                extends: { file: "{{base_}}", service: base }
                hostname: test1
              test3:
                extends: { file: "{{base_}}", service: another }
                hostname: test3
            """));

        var root = await TreeText.LoadAsync([tree.Path("compose.yaml")]);

        TreeText.At(root, "services.test1").Should().Be("{image: base, hostname: test1}");
        TreeText.At(root, "services.test3").Should().Be("{image: base, hostname: test3}");
    }

    [CorpusFact]
    public async Task Extended_ports_and_ulimits_are_inherited()
    {
        var base_ = Testdata("extends", "base.yaml");
        var tree = TempTree.Create(("compose.yaml", $$"""
            services:
              ports:
                image: test
                extends: { file: "{{base_}}", service: with-port }
              limits:
                extends: { file: "{{base_}}", service: withUlimits }
            """));

        var root = await TreeText.LoadAsync([tree.Path("compose.yaml")]);

        TreeText.At(root, "services.ports").Should().Be("{ports: [8000:8000], image: test}");
        TreeText.At(root, "services.limits").Should().Be("{image: test, ulimits: {nproc: 65535, nofile: {soft: 20000, hard: 40000}}}");
    }

    [CorpusFact]
    public async Task Relative_paths_of_an_extended_file_resolve_against_its_directory()
    {
        var directory = Testdata("extends");

        (await ServiceAsync(Testdata("extends", "base.yaml"), "with-build")).Should().Be($"{{build: {directory}}}");
        (await ServiceAsync(Testdata("compose-test-extends.yaml"), "importer")).Should().Be(
            $"{{image: nginx, container_name: imported, env_file: [{Testdata("subdir", "extra.env")}], volumes: [/opt/data:/var/lib/mysql]}}");
    }

    [CorpusFact]
    public async Task Extends_chains_through_files_in_other_directories()
    {
        (await ServiceAsync(Testdata("extends", "withdir", "compose.yaml"), "test")).Should().Be("{image: hello-world}");
    }

    [CorpusFact]
    public async Task A_remote_build_context_is_kept_as_written()
    {
        (await ServiceAsync(Testdata("compose-test-extends-with-context-url.yaml"), "importer-with-https-url"))
            .Should().Be("{build: {context: https://github.com/docker/compose.git}}");
    }

    [CorpusFact]
    public async Task Reset_in_the_extending_service_removes_the_inherited_value()
    {
        (await ServiceAsync(Testdata("extends", "reset.yaml"), "base")).Should().Be("{image: alpine:latest}");
    }

    [CorpusFact]
    public async Task Extending_a_null_service_keeps_the_local_definition()
    {
        var tree = TempTree.Create(("compose.yaml", $"services:\n  test:\n    image: test\n    extends:\n      file: {Testdata("extends", "base.yaml")}\n      service: nil\n"));

        (await ServiceAsync(tree.Path("compose.yaml"), "test")).Should().Be("{image: test}");
    }

    [CorpusFact]
    public async Task Dependencies_of_the_extended_service_are_kept()
    {
        var tree = TempTree.Create(("compose.yaml", $"services:\n  web:\n    extends:\n      file: {Testdata("extends", "depends_on.yaml")}\n      service: with_depends_on\n"));

        (await ServiceAsync(tree.Path("compose.yaml"), "web")).Should().Be("{image: foo, depends_on: [zot]}");
    }

    [CorpusFact]
    public async Task The_extended_file_is_interpolated_with_the_same_variables()
    {
        var tree = TempTree.Create(("compose.yaml", $"services:\n  foo:\n    extends:\n      file: {Testdata("extends", "interpolated.yaml")}\n      service: foo\n"));

        var root = await TreeText.LoadAsync([tree.Path("compose.yaml")], new Dictionary<string, string> { ["SOURCE"] = "/src" });

        TreeText.At(root, "services.foo.volumes").Should().Be("[/src:/tmp/foo:ro]");
    }

    [Fact]
    public async Task Extends_inside_a_file_merges_like_an_override()
    {
        var tree = TempTree.Create(("compose.yaml", """
            services:
              base:
                image: busybox
                environment: [A=1, B=1]
                ports: ["80:80"]
                command: base
              web:
                extends: base
                environment:
                  B: 2
                ports: ["443:443", "80:80"]
                command: web
            """));

        (await ServiceAsync(tree.Path("compose.yaml"), "web")).Should().Be("{image: busybox, environment: [A=1, B=2], ports: [80:80, 443:443], command: web}");
    }

    [Fact]
    public async Task Same_file_extends_in_an_extended_file_keeps_its_paths()
    {
        var tree = TempTree.Create(
            ("sub/compose.yaml", "services:\n  base:\n    build:\n      context: ..\n  service:\n    extends: base\n    build:\n      target: target\n"),
            ("compose.yaml", "services:\n  out-base:\n    extends:\n      file: sub/compose.yaml\n      service: base\n  out-service:\n    extends:\n      file: sub/compose.yaml\n      service: service\n"));

        var root = await TreeText.LoadAsync([tree.Path("compose.yaml")]);

        TreeText.At(root, "services.out-base").Should().Be($"{{build: {{context: {tree.Root}}}}}");
        TreeText.At(root, "services.out-service").Should().Be($"{{build: {{context: {tree.Root}, target: target}}}}");
    }

    [CorpusFact]
    public async Task A_later_file_extending_a_service_of_the_first_keeps_one_port()
    {
        var ports = Testdata("extends", "ports.yaml");
        var tree = TempTree.Create(("override.yaml", $"services:\n  test:\n    extends:\n      file: {ports}\n      service: test\n"));

        var root = await TreeText.LoadAsync([ports, tree.Path("override.yaml")]);

        TreeText.At(root, "services.test.ports").Should().Be("[8080:8080]");
    }

    [CorpusFact]
    public async Task E2e_extends_fixture()
    {
        (await ServiceAsync(Corpus.File("compose-e2e", "testdata", "TestPublishWithExtends", "compose.yaml"), "test")).Should().Be("{image: bar}");
    }

    [Fact]
    public async Task A_cycle_in_one_file_is_refused_naming_the_chain()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    extends: b\n  b:\n    extends: c\n  c:\n    extends: a\n"));

        var act = () => TreeText.LoadAsync([tree.Path("compose.yaml")]);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(
            "compose.yaml:7:14: services.c.extends: extends cycle: a (compose.yaml) -> b (compose.yaml) -> c (compose.yaml) -> a (compose.yaml); a service cannot extend itself, directly or through others.");
    }

    [Fact]
    public async Task A_cycle_across_files_is_refused_naming_the_files()
    {
        var tree = TempTree.Create(
            ("compose.yaml", "services:\n  foo:\n    extends:\n      file: cycle/other.yaml\n      service: bar\n"),
            ("cycle/other.yaml", "services:\n  bar:\n    extends:\n      file: ../compose.yaml\n      service: foo\n"));

        var act = () => TreeText.LoadAsync([tree.Path("compose.yaml")]);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(
            "cycle/other.yaml:4:7: services.bar.extends: extends cycle: foo (compose.yaml) -> bar (cycle/other.yaml) -> foo (compose.yaml)*");
    }

    [Fact]
    public async Task A_missing_service_or_file_is_named_where_it_is_referenced()
    {
        var tree = TempTree.Create(("compose.yaml", "services:\n  a:\n    extends: nope\n  b:\n    extends:\n      file: missing.yaml\n      service: x\n"));

        var missingService = () => TreeText.LoadAsync([tree.Path("compose.yaml")]);

        (await missingService.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:3:14: services.a.extends: cannot extend service \"nope\": no such service in this file.");
        File.WriteAllText(tree.Path("compose.yaml"), "services:\n  b:\n    extends:\n      file: missing.yaml\n      service: x\n");
        (await missingService.Should().ThrowAsync<ComposeFileException>())
            .WithMessage("compose.yaml:4:13: services.b.extends.file: missing.yaml: no such file; check the path.");
    }

    [CorpusFact]
    public async Task Remote_references_are_not_fetched()
    {
        var act = () => TreeText.LoadAsync([Testdata("remote", "nested", "compose.yaml")]);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage("*services.foo.extends.file: remote:nested/compose-nested.yaml: no such file; check the path.");
    }
}
