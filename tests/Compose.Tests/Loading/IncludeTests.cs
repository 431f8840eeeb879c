using Compose.Errors;

namespace Compose.Tests.Loading;

public class IncludeTests
{
    private static string Testdata(params string[] parts) => Corpus.File(["compose-go", "loader", "testdata", .. parts]);

    [CorpusFact]
    public async Task An_included_file_brings_its_services_with_paths_resolved_in_its_directory()
    {
        var root = await TreeText.LoadAsync([Testdata("compose-include.yaml")]);

        TreeText.At(root, "services.bar").Should().Be("{image: bar, environment: [FOO=BAR]}");
        TreeText.At(root, "services.imported").Should().Be(
            $"{{image: nginx, container_name: imported, env_file: [{Testdata("subdir", "extra.env")}], volumes: [/opt/data:/var/lib/mysql]}}");
        root["include"].Should().BeNull();
    }

    [CorpusFact]
    public async Task Relative_build_context_and_bind_sources_of_an_included_file_become_absolute()
    {
        var root = await TreeText.LoadAsync([Testdata("include", "compose.yaml")]);

        TreeText.At(root, "services.included").Should().Be($"{{build: {Testdata("include")}, volumes: [{Testdata("include")}:/mnt]}}");
    }

    [CorpusFact]
    public async Task Project_directory_is_where_the_included_file_resolves_its_paths()
    {
        var root = await TreeText.LoadAsync([Testdata("include", "project-directory.yaml")]);
        var subdir = Testdata("subdir");

        TreeText.At(root, "services.service.build.context").Should().Be(subdir);
        TreeText.At(root, "services.service.volumes").Should().Be($"[{{type: bind, source: {Path.Combine(subdir, "compose-test-extends-imported.yaml")}, target: /mnt/bind/compose.yaml}}]");
        TreeText.At(root, "services.service.env_file").Should().Be($"[{Path.Combine(subdir, "extra.env")}]");
    }

    [CorpusFact]
    public async Task Extends_inside_an_included_file_resolves_against_its_directory()
    {
        var root = await TreeText.LoadAsync([Testdata("combined", "compose.yaml")]);

        TreeText.At(root, "services.service").Should().Be($"{{build: {Testdata("combined", "dir")}}}");
    }

    [CorpusFact]
    public async Task An_include_cycle_is_refused_naming_the_chain()
    {
        var act = () => TreeText.LoadAsync([Testdata("compose-include-cycle.yaml")]);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(
            "compose-include-cycle.yaml:2:5: include: include cycle: compose-include-cycle.yaml -> compose-include-cycle.yaml; a file cannot include itself, directly or through others.");
    }

    [Fact]
    public async Task A_longer_include_cycle_names_every_file()
    {
        var tree = TempTree.Create(("compose.yaml", "include: [a/a.yaml]\n"), ("a/a.yaml", "include: [../b.yaml]\n"), ("b.yaml", "include:\n  - path: compose.yaml\n"));

        var act = () => TreeText.LoadAsync([tree.Path("compose.yaml")]);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage("b.yaml:2:11: include: include cycle: compose.yaml -> a/a.yaml -> b.yaml -> compose.yaml*");
    }

    [CorpusFact]
    public async Task E2e_include_fixtures()
    {
        var local = await TreeText.LoadAsync([Corpus.File("compose-e2e", "testdata", "TestPublishLocalInclude", "compose.yaml")]);
        var secrets = await TreeText.LoadAsync([Corpus.File("compose-e2e", "testdata", "TestSecretFromInclude", "compose.yaml")]);

        TreeText.At(local, "services").Should().Be("{test: {image: test}, foo: {image: bar}}");
        TreeText.At(secrets, "secrets").Should().Be("{secret: {environment: SECRET}, my-secret: {environment: MY_SECRET}}");
        TreeText.At(secrets, "services.included.secrets").Should().Be("[my-secret]");
    }

    [Fact]
    public async Task The_included_dot_env_interpolates_the_included_file_and_the_including_project_wins()
    {
        var tree = TempTree.Create(
            ("compose.yaml", "include: [lib/compose.yaml]\nservices:\n  app:\n    image: app:${TAG:-none}\n"),
            ("lib/compose.yaml", "services:\n  db:\n    image: db:${TAG}\n    environment: [\"USER=${DB_USER}\"]\n"),
            ("lib/.env", "TAG=from-lib\nDB_USER=lib\n"));

        var root = await TreeText.LoadAsync([tree.Path("compose.yaml")], new Dictionary<string, string> { ["DB_USER"] = "shell" });

        TreeText.At(root, "services.app.image").Should().Be("app:none", "the included .env does not leak into the including file");
        TreeText.At(root, "services.db").Should().Be("{image: db:from-lib, environment: [USER=shell]}");
    }

    [Fact]
    public async Task Env_file_and_several_paths_in_the_long_form()
    {
        var tree = TempTree.Create(
            ("compose.yaml", "include:\n  - path: [lib/base.yaml, lib/more.yaml]\n    env_file: vars.env\n"),
            ("vars.env", "TAG=v1\n"),
            ("lib/base.yaml", "services:\n  db:\n    image: db:${TAG}\n"),
            ("lib/more.yaml", "services:\n  db:\n    ports: ['5432:5432']\n"));

        var root = await TreeText.LoadAsync([tree.Path("compose.yaml")]);

        TreeText.At(root, "services.db").Should().Be("{image: db:v1, ports: [5432:5432]}");
    }

    [Fact]
    public async Task The_including_file_overrides_an_included_resource()
    {
        var tree = TempTree.Create(
            ("compose.yaml", "include: [lib.yaml]\nservices:\n  db:\n    environment:\n      B: 2\nvolumes:\n  data:\n    driver: custom\n"),
            ("lib.yaml", "services:\n  db:\n    image: db\n    environment: [A=1]\nvolumes:\n  data: {}\n"));

        var root = await TreeText.LoadAsync([tree.Path("compose.yaml")]);

        TreeText.At(root, "services.db").Should().Be("{image: db, environment: [A=1, B=2]}");
        TreeText.At(root, "volumes.data").Should().Be("{driver: custom}");
    }

    [Fact]
    public async Task Two_includes_defining_a_service_differently_are_refused()
    {
        var tree = TempTree.Create(
            ("compose.yaml", "include: [a.yaml, b.yaml]\n"),
            ("a.yaml", "services:\n  db:\n    image: one\n"),
            ("b.yaml", "services:\n  db:\n    image: two\n"));

        var act = () => TreeText.LoadAsync([tree.Path("compose.yaml")]);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(
            "b.yaml:2:3: services.db: defined differently by two included files: b.yaml and a.yaml (at a.yaml:2:3); "
            + "rename one of them, include only one, or define services.db in the including file to decide.");
    }

    [Fact]
    public async Task The_including_file_decides_between_two_conflicting_includes()
    {
        var tree = TempTree.Create(
            ("compose.yaml", "include: [a.yaml, b.yaml]\nservices:\n  db:\n    environment: [C=3]\n"),
            ("a.yaml", "services:\n  db:\n    image: one\n    environment: [A=1]\n"),
            ("b.yaml", "services:\n  db:\n    image: two\n    environment: [B=2]\n"));

        var root = await TreeText.LoadAsync([tree.Path("compose.yaml")]);

        TreeText.At(root, "services.db").Should().Be("{image: two, environment: [A=1, B=2, C=3]}");
    }

    [Fact]
    public async Task The_same_file_included_twice_is_no_conflict()
    {
        var tree = TempTree.Create(
            ("compose.yaml", "include: [a.yaml, b.yaml]\n"),
            ("a.yaml", "include: [common.yaml]\nservices:\n  a:\n    image: a\n"),
            ("b.yaml", "include: [common.yaml]\nservices:\n  b:\n    image: b\n"),
            ("common.yaml", "services:\n  db:\n    image: db\n"));

        var root = await TreeText.LoadAsync([tree.Path("compose.yaml")]);

        TreeText.At(root, "services").Should().Be("{a: {image: a}, db: {image: db}, b: {image: b}}");
    }

    [Fact]
    public async Task A_missing_included_file_is_named_where_it_is_included()
    {
        var tree = TempTree.Create(("compose.yaml", "include:\n  - nope.yaml\n"));

        var act = () => TreeText.LoadAsync([tree.Path("compose.yaml")]);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage("compose.yaml:2:5: include: nope.yaml: no such file; check the path.");
    }

    [Fact]
    public async Task A_malformed_entry_is_refused_with_its_place()
    {
        var tree = TempTree.Create(("compose.yaml", "include:\n  - path: a.yaml\n    project-directory: x\n"));

        var act = () => TreeText.LoadAsync([tree.Path("compose.yaml")]);

        (await act.Should().ThrowAsync<ComposeFileException>()).WithMessage(
            "compose.yaml:3:5: include[0].project-directory: unknown key 'project-directory'; an include entry takes path, project_directory and env_file.");
    }
}
