using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Images;

/// <summary>localdev/postgres:15 behaves as compose files written for the official postgres image expect.</summary>
[Collection(LocalImagesCollection.Name)]
public sealed class PostgresImageTests : IAsyncLifetime
{
    // A first start runs initdb; on a busy 2-core machine that can take several seconds.
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private const string DataDirectory = "/var/lib/postgresql/data";

    private readonly DockerScope _scope = new("img-pg");

    [DockerFact]
    public async Task First_start_initialises_the_data_volume_and_accepts_password_logins_from_the_host()
    {
        var volume = await _scope.CreateVolumeAsync("data");
        var db = await StartAsync("db", volume, "-e", "POSTGRES_PASSWORD=first-secret");
        var port = await db.HostPortAsync(5432);
        var client = new PostgresClient(port, "postgres", "postgres", "first-secret");
        await client.WaitUntilReadyAsync(StartLimit);

        (await client.OkAsync("CREATE TABLE notes (id int PRIMARY KEY, body text); INSERT INTO notes VALUES (1, 'kept'); SELECT body FROM notes"))
            .Should().Be("kept");
        var wrong = await new PostgresClient(port, "postgres", "postgres", "not-the-password").QueryAsync("SELECT 1");
        wrong.ExitCode.Should().NotBe(0);
        wrong.Error.Should().Contain("password authentication failed for user \"postgres\"");
        (await db.ExecAsync("pg_isready", "-U", "postgres")).Out.Should().Contain("accepting connections", "the healthcheck command works inside");
        (await DockerCli.OkAsync("inspect", db.Name, "--format", "{{range .Mounts}}{{.Name}}:{{.Destination}}{{end}}"))
            .Should().Be($"{volume}:{DataDirectory}");
        (await db.ExecAsync("cat", $"{DataDirectory}/PG_VERSION")).Out.Trim().Should().Be("15");
    }

    [DockerFact]
    public async Task Data_survives_a_restart_and_a_new_container_on_the_same_volume_without_initialising_again()
    {
        var volume = await _scope.CreateVolumeAsync("data");
        var db = await StartAsync("db", volume, "-e", "POSTGRES_PASSWORD=kept-secret");
        var client = new PostgresClient(await db.HostPortAsync(5432), "postgres", "postgres", "kept-secret");
        await client.WaitUntilReadyAsync(StartLimit);
        await client.OkAsync("CREATE TABLE notes (body text); INSERT INTO notes VALUES ('survives')");

        await db.StopAsync();
        (await DockerCli.OkAsync("inspect", db.Name, "--format", "{{.State.ExitCode}}")).Should().Be("0");
        // "[1]": the server itself (PID 1), not the setup server the first start stopped the same way.
        (await db.LogsAsync()).Should().Contain("[1] LOG:  received fast shutdown request", "the stop signal is SIGINT, PostgreSQL's fast shutdown");
        await db.StartAsync();
        client = client with { Port = await db.HostPortAsync(5432) };
        await client.WaitUntilReadyAsync(StartLimit);
        (await client.OkAsync("SELECT body FROM notes")).Should().Be("survives");
        var logs = await db.LogsAsync();
        Occurrences(logs, "initialising a new database cluster").Should().Be(1);
        Occurrences(logs, "skipping initialisation").Should().Be(1);

        await db.RemoveAsync();
        var successor = await StartAsync("db-2", volume);
        client = client with { Port = await successor.HostPortAsync(5432) };
        await client.WaitUntilReadyAsync(StartLimit);
        (await client.OkAsync("SELECT body FROM notes")).Should().Be("survives", "an initialised volume needs no POSTGRES_PASSWORD");
        (await successor.LogsAsync()).Should().Contain("skipping initialisation").And.NotContain("initialising a new database cluster");
    }

    [DockerFact]
    public async Task Without_a_password_it_refuses_to_initialise_says_what_to_set_and_leaves_the_volume_usable()
    {
        var volume = await _scope.CreateVolumeAsync("data");
        var refused = await StartAsync("refused", volume);

        (await refused.WaitForExitAsync()).Should().Be(1);
        var logs = await refused.LogsAsync();
        logs.Should().Contain("no superuser password is set").And.Contain("Set POSTGRES_PASSWORD (or POSTGRES_PASSWORD_FILE")
            .And.Contain("POSTGRES_HOST_AUTH_METHOD=trust");
        logs.Should().NotContain("initialising a new database cluster");

        var db = await StartAsync("db", volume, "-e", "POSTGRES_PASSWORD=late-secret");
        var client = new PostgresClient(await db.HostPortAsync(5432), "postgres", "postgres", "late-secret");
        await client.WaitUntilReadyAsync(StartLimit);
        (await client.OkAsync("SELECT 'usable'")).Should().Be("usable");
    }

    [DockerFact]
    public async Task Password_file_user_database_and_init_scripts_shape_the_new_cluster()
    {
        var directory = _scope.CreateDirectory();
        var passwordFile = Path.Combine(directory, "db_password");
        await File.WriteAllTextAsync(passwordFile, "file-secret\n");
        // Like a compose secret from a file only its owner may read: the entrypoint reads it before dropping root.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var scripts = Directory.CreateDirectory(Path.Combine(directory, "initdb")).FullName;
        await File.WriteAllTextAsync(Path.Combine(scripts, "01-schema.sql"),
            "CREATE TABLE greetings (text text);\nINSERT INTO greetings VALUES ('hello from init');\n");

        var db = await StartAsync("db", volume: null,
            "-v", $"{passwordFile}:/run/secrets/db_password:ro", "-e", "POSTGRES_PASSWORD_FILE=/run/secrets/db_password",
            "-v", $"{scripts}:/docker-entrypoint-initdb.d:ro", "-e", "POSTGRES_USER=app", "-e", "POSTGRES_DB=appdb");
        var client = new PostgresClient(await db.HostPortAsync(5432), "app", "appdb", "file-secret");
        await client.WaitUntilReadyAsync(StartLimit);

        (await client.OkAsync("SELECT current_user, current_database(), (SELECT text FROM greetings)"))
            .Should().Be("app|appdb|hello from init");
        (await client.OkAsync("SELECT rolsuper FROM pg_roles WHERE rolname = 'app'")).Should().Be("t");
    }

    [DockerFact]
    public async Task Trust_mode_starts_without_a_password_and_warns_about_it()
    {
        var db = await StartAsync("db", volume: null, "-e", "POSTGRES_HOST_AUTH_METHOD=trust");
        var client = new PostgresClient(await db.HostPortAsync(5432), "postgres", "postgres", Password: null);
        await client.WaitUntilReadyAsync(StartLimit);

        (await client.OkAsync("SELECT current_user")).Should().Be("postgres");
        (await db.LogsAsync()).Should().Contain("warning: POSTGRES_HOST_AUTH_METHOD=trust");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    private Task<ServiceContainer> StartAsync(string suffix, string? volume, params string[] options) =>
        _scope.RunAsync(suffix, LocalImages.Postgres,
            ["-p", "127.0.0.1::5432", .. volume is null ? Array.Empty<string>() : ["-v", $"{volume}:{DataDirectory}"], .. options]);

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;
}
