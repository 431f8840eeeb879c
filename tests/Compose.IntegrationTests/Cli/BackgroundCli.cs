using Compose.Cli;

namespace Compose.IntegrationTests.Cli;

/// <summary>A long-running composectl command (logs -f, events, attach, wait) run in-process while the test acts on the engine.</summary>
public sealed class BackgroundCli : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly LockedWriter _out = new();
    private readonly LockedWriter _error = new();

    public BackgroundCli(string workingDirectory, IReadOnlyDictionary<string, string> variables, string[] args)
    {
        Exit = Task.Run(() => CliApplication.RunAsync(args, new CliEnvironment
        {
            Out = _out,
            Error = _error,
            Variables = variables,
            WorkingDirectory = workingDirectory,
        }, _stop.Token));
    }

    public Task<int> Exit { get; }

    public string Out => _out.ToString();

    public string Error => _error.ToString();

    /// <summary>Waits (on the output, not a fixed sleep) until <paramref name="condition"/> holds; fails with what was printed.</summary>
    public async Task WaitForOutputAsync(Func<string, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition(Out))
        {
            if (Exit.IsCompleted || DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"composectl did not print {what}; it printed:\n{Out}\nstderr:\n{Error}\nexited: {Exit.IsCompleted}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the command to end by itself, at most 30 seconds.</summary>
    public async Task<int> WaitForExitAsync()
    {
        var finished = await Task.WhenAny(Exit, Task.Delay(TimeSpan.FromSeconds(30)));
        finished.Should().BeSameAs(Exit, $"composectl should have ended by itself; it printed:\n{Out}\n{Error}");
        return await Exit;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Exit.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }
}
