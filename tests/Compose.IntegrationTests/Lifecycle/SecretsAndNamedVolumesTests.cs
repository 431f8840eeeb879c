using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Lifecycle;

/// <summary>Secrets, configs and named volumes in real containers.</summary>
public sealed class SecretsAndNamedVolumesTests() : StackTestBase("secrets")
{
    [DockerFact]
    public async Task Secrets_and_configs_arrive_read_only_with_their_owner_and_mode()
    {
        await File.WriteAllTextAsync(Path.Combine(Directory, "plain.txt"), "plain secret");
        await File.WriteAllTextAsync(Path.Combine(Directory, "key.pem"), "owned secret");
        await WriteAsync($$"""
            services:
              app:
                image: busybox:latest
                command: {{Idle}}
                secrets:
                  - plain
                  - source: key
                    target: app.key
                    uid: "1000"
                    gid: "1001"
                    mode: 0440
                  - token
                configs:
                  - source: banner
                    target: /etc/banner.txt
            secrets:
              plain: {file: ./plain.txt}
              key: {file: ./key.pem}
              token: {environment: SECRET_TOKEN}
            configs:
              banner: {content: "hello from config"}
            """);

        var up = await EngineCli.OkAsync(Directory, new Dictionary<string, string> { ["SECRET_TOKEN"] = "s3cr3t" }, "-p", Project, "up", "-d");

        up.Error.Should().NotContain("s3cr3t", "secret values are never printed");
        (await ExecAsync("cat /run/secrets/plain")).Should().Be("plain secret");
        (await ExecAsync("stat -c '%u %g %a' /run/secrets/app.key; cat /run/secrets/app.key")).Should().Be("1000 1001 440\nowned secret");
        (await ExecAsync("stat -c '%a' /run/secrets/token; cat /run/secrets/token")).Should().Be("444\ns3cr3t");
        (await ExecAsync("cat /etc/banner.txt")).Should().Be("hello from config");
        (await DockerCli.RunAsync("exec", $"{Project}-app-1", "sh", "-c", "echo x > /run/secrets/plain")).ExitCode.Should().NotBe(0, "a bound secret is read-only");
    }

    [DockerFact]
    public async Task A_secret_owned_by_the_services_own_user_is_readable_by_it_alone()
    {
        // A uid no user of the engine's host has: the owner must come from the file, not from a lookup of user:.
        await File.WriteAllTextAsync(Path.Combine(Directory, "password.txt"), "only mine");
        await WriteAsync($$"""
            services:
              app:
                image: busybox:latest
                user: "4321:4321"
                command: {{Idle}}
                secrets:
                  - source: password
                    uid: "4321"
                    gid: "4321"
                    mode: 0400
            secrets:
              password: {file: ./password.txt}
            """);

        await OkAsync("up", "-d");

        (await ExecAsync("stat -c '%u %g %a' /run/secrets/password; cat /run/secrets/password")).Should().Be("4321 4321 400\nonly mine");
    }

    [DockerFact]
    public async Task Data_in_a_named_volume_survives_recreate_and_down_without_v()
    {
        string Stack(string value) => $$"""
            services:
              db:
                image: busybox:latest
                command: {{Idle}}
                environment: {VERSION: "{{value}}"}
                volumes: ["data:/var/lib/db"]
            volumes:
              data: {}
            """;
        await WriteAsync(Stack("1"));
        await OkAsync("up", "-d");
        await ExecAsync("echo precious > /var/lib/db/file", "db");

        await WriteAsync(Stack("2"));
        await OkAsync("up", "-d");
        var afterRecreate = await ExecAsync("cat /var/lib/db/file", "db");
        await OkAsync("down");
        await OkAsync("up", "-d");
        var afterDown = await ExecAsync("cat /var/lib/db/file", "db");

        (afterRecreate, afterDown).Should().Be(("precious", "precious"));
    }

    private Task<string> ExecAsync(string script, string service = "app") =>
        DockerCli.OkAsync("exec", $"{Project}-{service}-1", "sh", "-c", script);
}
