using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using Compose.Cli.Commands;
using Compose.Cli.Commands.Images;
using Compose.Cli.Commands.Lifecycle;
using Compose.Cli.Completion;
using Compose.Cli.Plugin;
using Compose.Cli.Rendering;
using Compose.Errors;

namespace Compose.Cli;

/// <summary>
/// Parses the command line, runs the chosen command with a cancellation token wired to Ctrl+C, and turns every
/// outcome into an exit code (see <see cref="ExitCodes"/>).
/// </summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        args = DockerCliPlugin.Arguments(args, environment.Variables);
        if (args is [DockerCliPlugin.MetadataCommand])
        {
            await environment.Out.WriteLineAsync(DockerCliPlugin.Metadata).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var globals = new GlobalOptions();
        var services = new ServiceNameSource();
        using var again = CancellationTokenSource.CreateLinkedTokenSource(environment.SecondInterrupt);
        var root = BuildRoot(globals, environment, services, again.Token);
        if (args is ["__complete", .. var words])
        {
            return await new Completer(root, globals, services).RunAsync(words, environment, cancellationToken).ConfigureAwait(false);
        }

        var parseResult = root.Parse(CommandLineArguments.Prepare(args, root));
        if (parseResult.Errors.Count > 0)
        {
            return ErrorPresenter.PresentUsage(environment.Error, parseResult);
        }

        if (parseResult.Action is HelpAction)
        {
            var help = new StringWriter();
            var code = parseResult.Invoke(new InvocationConfiguration { Output = help, Error = environment.Error });
            await environment.Out.WriteAsync(HelpLabels.WithoutShadowedAliases(help.ToString(), parseResult.CommandResult.Command, root)).ConfigureAwait(false);
            return code;
        }

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var ctrlC = InterruptHandler.Register(interrupt, again, environment.Signals);
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

    /// <summary>Commands that change state but cannot show what they would do: refused rather than run for real.</summary>
    private static readonly HashSet<string> NoDryRun = new(StringComparer.Ordinal) { "attach", "commit", "cp", "exec", "export", "image", "reconcile", "wait", "watch" };

    /// <summary>docker compose's commands, in its order; building them is cheap (no I/O), so it is done for every run.</summary>
    private static ICliCommand[] Commands() =>
    [
        new AttachCommand(),
        new BuildCommand(),
        new CommitCommand(),
        new CompletionCommand(),
        new ConfigCommand(),
        new ConvertCommand(),
        new CpCommand(),
        new DownCommand(),
        new EventsCommand(),
        new ExecCommand(),
        new ExportCommand(),
        new ImageCommand(),
        new ImagesCommand(),
        new LogsCommand(),
        new LsCommand(),
        new NativeSuperviseCommand(),
        new PortCommand(),
        new PsCommand(),
        new PullCommand(),
        new PushCommand(),
        new Commands.Reconcile.ReconcileCommand(),
        new RunCommand(),
        new ScaleCommand(),
        new StatsCommand(),
        new TopCommand(),
        new UpCommand(),
        new VersionCommand(),
        new WaitCommand(),
        new WatchCommand(),
        .. LifecycleCommands.All(),
        .. Compose.Cli.Commands.Swarm.SwarmCommands.All(),
    ];

    /// <param name="secondInterrupt">Cancelled by an interrupt that comes once the command is interrupted.</param>
    private static RootCommand BuildRoot(GlobalOptions globals, CliEnvironment environment, ServiceNameSource services, CancellationToken secondInterrupt)
    {
        var root = new RootCommand("composectl: define and run multi-container applications from compose files (a drop-in for docker compose).");
        globals.AddTo(root);
        globals.AddCompletions(() => services.Profiles);
        VersionAction.ReplaceIn(root, environment.Variables);
        foreach (var command in Commands().OrderBy(c => c.Definition.Name, StringComparer.Ordinal))
        {
            var definition = command.Definition;
            Func<ParseResult, CancellationToken, Task<int>> action = async (parseResult, cancellationToken) =>
            {
                await using var context = new CommandContext(environment, globals, parseResult) { SecondInterrupt = secondInterrupt };
                // --ansi and --progress are checked before anything happens, whatever the command uses.
                _ = context.Console;
                if (context.DryRun && NoDryRun.Contains(definition.Name))
                {
                    throw new UsageException($"--dry-run is not supported by '{definition.Name}' yet; nothing was done.");
                }

                return await command.ExecuteAsync(context, parseResult, cancellationToken).ConfigureAwait(false);
            };
            // A command's subcommands (plan up, plan down) run the same command, which looks at which one was given.
            foreach (var each in definition.Subcommands.Prepend(definition))
            {
                each.SetAction(action);
            }
            foreach (var argument in definition.Arguments.Where(a => a.Name == ServiceArguments.Name))
            {
                argument.CompletionSources.Add(_ => services.Names.Select(n => new CompletionItem(n)));
            }

            root.Add(definition);
        }

        return root;
    }
}
