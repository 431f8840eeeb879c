using Compose.Loading.Paths;
using Compose.Loading.Yaml;

namespace Compose.Tests.Loading;

public class RelativePathsTests
{
    private static string Service(string body) =>
        TreeText.Of(RelativePaths.RebaseService(YamlReader.Read("c.yaml", body), "/lib"));

    [Theory]
    [InlineData("build: .", "{build: /lib}")]
    [InlineData("build: ../app", "{build: /app}")]
    [InlineData("build: {context: app, dockerfile: Dockerfile.dev}", "{build: {context: /lib/app, dockerfile: Dockerfile.dev}}")]
    [InlineData("build: {dockerfile_inline: FROM busybox}", "{build: {dockerfile_inline: FROM busybox, context: /lib}}")]
    [InlineData("build: https://github.com/docker/compose.git", "{build: https://github.com/docker/compose.git}")]
    [InlineData("build: {context: 'git@github.com:a/b.git'}", "{build: {context: git@github.com:a/b.git}}")]
    [InlineData("build: {context: ., additional_contexts: {base: ./base, img: 'docker-image://alpine', svc: 'service:x'}}",
        "{build: {context: /lib, additional_contexts: {base: /lib/base, img: docker-image://alpine, svc: service:x}}}")]
    [InlineData("build: {context: ., additional_contexts: [base=./base, 'img=docker-image://alpine']}",
        "{build: {context: /lib, additional_contexts: [base=/lib/base, img=docker-image://alpine]}}")]
    public void Build_contexts(string yaml, string expected)
    {
        Service(yaml).Should().Be(expected);
    }

    [Theory]
    [InlineData("env_file: .env", "{env_file: /lib/.env}")]
    [InlineData("env_file: [a.env, {path: b.env, required: false}, /abs.env]", "{env_file: [/lib/a.env, {path: /lib/b.env, required: false}, /abs.env]}")]
    [InlineData("label_file: [labels]", "{label_file: [/lib/labels]}")]
    public void Env_and_label_files(string yaml, string expected)
    {
        Service(yaml).Should().Be(expected);
    }

    [Theory]
    [InlineData("volumes: ['./data:/data:ro', '.:/app', 'named:/v', '/abs:/abs', '~/home:/h', /anon]",
        "{volumes: [/lib/data:/data:ro, /lib:/app, named:/v, /abs:/abs, ~/home:/h, /anon]}")]
    [InlineData("volumes: [{type: bind, source: data, target: /d}, {type: volume, source: data, target: /v}]",
        "{volumes: [{type: bind, source: /lib/data, target: /d}, {type: volume, source: data, target: /v}]}")]
    public void Bind_mount_sources(string yaml, string expected)
    {
        Service(yaml).Should().Be(expected);
    }

    [Fact]
    public void Develop_watch_paths()
    {
        Service("develop: {watch: [{path: ./src, action: sync, target: /app}]}").Should().Be("{develop: {watch: [{path: /lib/src, action: sync, target: /app}]}}");
    }

    [Fact]
    public void A_project_rebases_services_secret_and_config_files_and_bind_volumes()
    {
        var root = (MappingNode)YamlReader.Read("c.yaml", """
            services:
              a:
                build: .
            secrets:
              s:
                file: ./secret.txt
              e:
                environment: SECRET
            configs:
              c:
                file: conf/app.ini
            volumes:
              data:
                driver_opts: {type: none, o: bind, device: ./data}
              other:
                driver: nfs
                driver_opts: {o: bind, device: ./data}
            networks:
              front: {}
            """);

        TreeText.Of(RelativePaths.RebaseProject(root, "/lib")).Should().Be(
            "{services: {a: {build: /lib}}, secrets: {s: {file: /lib/secret.txt}, e: {environment: SECRET}}, configs: {c: {file: /lib/conf/app.ini}}, "
            + "volumes: {data: {driver_opts: {type: none, o: bind, device: /lib/data}}, other: {driver: nfs, driver_opts: {o: bind, device: ./data}}}, networks: {front: {}}}");
    }
}
