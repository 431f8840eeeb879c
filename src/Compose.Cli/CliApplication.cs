using System.CommandLine;
using Compose.Cli.Commands;
using Compose.Cli.Rendering;

namespace Compose.Cli;

/// <summary>
/// Parses the command line, runs the chosen command with a cancellation token wired to Ctrl+C, and turns every
/// outcome into an exit code (see <see cref="ExitCodes"/>).
/// </summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var globals = new GlobalOptions();
        var root = BuildRoot(globals, environment);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            return ErrorPresenter.PresentUsage(environment.Error, parseResult);
        }

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var ctrlC = InterruptHandler.Register(interrupt);
        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration
            {
                Output = environment.Out,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            }, interrupt.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return ErrorPresenter.Present(environment.Error, e, parseResult, interrupt.IsCancellationRequested, parseResult.GetValue(globals.Verbose));
        }
    }

    private static RootCommand BuildRoot(GlobalOptions globals, CliEnvironment environment)
    {
        var root = new RootCommand("composectl: define and run multi-container applications from compose files (a drop-in for docker compose).");
        globals.AddTo(root);
        ICliCommand[] commands =
        [
            new UpCommand(),
            new DownCommand(),
            new PsCommand(),
            new ConfigCommand(),
            new VersionCommand(),
        ];
        foreach (var command in commands)
        {
            var definition = command.Definition;
            definition.SetAction(async (parseResult, cancellationToken) =>
            {
                await using var context = new CommandContext(environment, globals, parseResult);
                return await command.ExecuteAsync(context, parseResult, cancellationToken).ConfigureAwait(false);
            });
            root.Add(definition);
        }

        return root;
    }
}
