using System.Globalization;
using Compose.IntegrationTests.Images;
using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Webapp;

/// <summary>
/// The webapp example run as a CI job runs it: <c>-f compose.yaml -f compose.ci.yaml</c> (plus any override a test
/// adds), a unique project name, free loopback ports and a password file of its own, given through the variables the
/// example documents. Clients talk to the published ports like the job's tests would. Disposing removes everything
/// of the project, whatever state the test left.
/// </summary>
public sealed class WebappStack : IAsyncDisposable
{
    private readonly string _directory = TestTemp.Directory("composectl-webapp-");
    private readonly List<string> _files = [Path.Combine(ExampleDirectory, "compose.yaml"), Path.Combine(ExampleDirectory, "compose.ci.yaml")];

    public WebappStack()
    {
        File.WriteAllText(PasswordFile, Password + "\n");
    }

    public static string ExampleDirectory { get; } = Path.Combine(RepositoryPaths.Root, "examples", "webapp");

    public string Project { get; } = TestNames.UniqueProject("webapp");

    public int HttpPort { get; } = TestNames.FreeLoopbackPort();

    public int DatabasePort { get; } = TestNames.FreeLoopbackPort();

    public int RedisPort { get; } = TestNames.FreeLoopbackPort();

    /// <summary>This run's database password: a CI job generates one rather than use the example's development file.</summary>
    public string Password { get; } = $"ci-{Guid.NewGuid():N}";

    public string VolumeName => $"{Project}_db-data";

    public PostgresClient Database => new(DatabasePort, "app", "app", Password);

    public RedisClient Redis => new(RedisPort);

    private string PasswordFile => Path.Combine(_directory, "db-password.txt");

    public string Container(string service) => $"{Project}-{service}-1";

    /// <summary>Adds a compose file after the example's two (as <c>-f</c>), for the commands that follow.</summary>
    public async Task AddOverrideAsync(string yaml)
    {
        var path = Path.Combine(_directory, $"override-{_files.Count}.yaml");
        await File.WriteAllTextAsync(path, yaml);
        _files.Add(path);
    }

    public Task<CliRunner.Result> ComposeAsync(params string[] args) =>
        EngineCli.RunAsync(RepositoryPaths.Root, Variables, [.. _files.SelectMany(f => new[] { "-f", f }), "-p", Project, .. args]);

    public Task<CliRunner.Result> OkAsync(params string[] args) =>
        EngineCli.OkAsync(RepositoryPaths.Root, Variables, [.. _files.SelectMany(f => new[] { "-f", f }), "-p", Project, .. args]);

    /// <summary>GET through the proxy's published port.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        return await http.GetAsync(new Uri($"http://127.0.0.1:{HttpPort}{path}"));
    }

    private Dictionary<string, string> Variables => new()
    {
        ["WEBAPP_HTTP_PORT"] = HttpPort.ToString(CultureInfo.InvariantCulture),
        ["WEBAPP_DB_PORT"] = DatabasePort.ToString(CultureInfo.InvariantCulture),
        ["WEBAPP_REDIS_PORT"] = RedisPort.ToString(CultureInfo.InvariantCulture),
        ["WEBAPP_DB_PASSWORD_FILE"] = PasswordFile,
    };

    public async ValueTask DisposeAsync()
    {
        await DockerCli.PurgeProjectAsync(Project);
        Directory.Delete(_directory, recursive: true);
    }
}
