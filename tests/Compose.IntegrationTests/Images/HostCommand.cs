using System.Diagnostics;

namespace Compose.IntegrationTests.Images;

/// <summary>
/// Runs a host program other than docker (scripts/images, psql, pg_isready, redis-cli) with a time limit, no
/// terminal input and captured output. Docker itself goes through <see cref="Infrastructure.DockerCli"/>.
/// </summary>
public static class HostCommand
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string Trimmed => Out.Trim();

        public override string ToString() => $"exit {ExitCode}; stdout: {Out.Trim()}; stderr: {Error.Trim()}";
    }

    /// <param name="environment">Variables to set; a null value removes the variable inherited from the test run.</param>
    public static async Task<Result> RunAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout)
    {
        using var process = Process.Start(StartInfo(program, arguments, environment))
            ?? throw new InvalidOperationException($"cannot start {program}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout, TimeProvider.System);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return new Result(process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }
}
