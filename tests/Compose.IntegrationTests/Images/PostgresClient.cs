using System.Globalization;

namespace Compose.IntegrationTests.Images;

/// <summary>
/// Debian's psql and pg_isready on the host, talking to a published port on 127.0.0.1 as an application or a CI
/// script would. The password travels in PGPASSWORD, never on a command line.
/// </summary>
public sealed record PostgresClient(int Port, string User, string Database, string? Password)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Runs SQL and returns psql's result (unaligned, tuples only: one row per line, columns split by |).</summary>
    public Task<HostCommand.Result> QueryAsync(string sql) =>
        HostCommand.RunAsync("psql", [.. Connection, "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-Atq", "-c", sql], Environment, Limit);

    public async Task<string> OkAsync(string sql)
    {
        var result = await QueryAsync(sql);
        result.ExitCode.Should().Be(0, $"psql -c \"{sql}\" failed: {result.Error}");
        return result.Trimmed;
    }

    /// <summary>Waits until the server accepts connections on the published port (pg_isready's exit code 0).</summary>
    public Task WaitUntilReadyAsync(TimeSpan limit) =>
        Probe.UntilAsync($"PostgreSQL on 127.0.0.1:{Port}", limit, async () =>
        {
            var result = await HostCommand.RunAsync("pg_isready", [.. Connection, "-t", "2"], Environment, Limit);
            return (result.ExitCode == 0, result.ToString());
        });

    private string[] Connection =>
        ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", User, "-d", Database];

    // Nothing from the test run's own environment (PGPASSWORD, PGSERVICE, ...) may change who logs in where.
    private Dictionary<string, string?> Environment => new()
    {
        ["PGPASSWORD"] = Password,
        ["PGPASSFILE"] = "/dev/null",
        ["PGSERVICE"] = null,
        ["PGSSLMODE"] = "disable",
        ["PGCONNECT_TIMEOUT"] = "5",
    };
}
