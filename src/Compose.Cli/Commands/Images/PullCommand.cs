using System.CommandLine;
using Compose.Errors;
using Compose.Images;
using Compose.Planning;

namespace Compose.Cli.Commands.Images;

/// <summary>
/// <c>pull [SERVICE...]</c>: pulls the services' images all at once (up to the parallel limit) with per-layer
/// progress; a failure names the image, the registry and the engine's reason.
/// </summary>
public sealed class PullCommand : ICliCommand
{
    private readonly Option<bool> _ignoreFailures = new("--ignore-pull-failures") { Description = "Pull what it can and ignores images with pull failures" };
    private readonly Option<bool> _includeDeps = new("--include-deps") { Description = "Also pull services declared as dependencies" };
    private readonly Option<bool> _ignoreBuildable = new("--ignore-buildable") { Description = "Ignore images that can be built" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Pull without printing progress information" };
    private readonly Option<string?> _policy = new("--policy") { Description = "Apply pull policy (\"missing\"|\"always\")", HelpName = "POLICY" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public PullCommand()
    {
        Definition = new Command("pull", "Pull service images") { _ignoreFailures, _includeDeps, _ignoreBuildable, _quiet, _policy, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = new PullOptions
        {
            Policy = parseResult.GetValue(_policy) switch
            {
                null => null,
                "missing" or "always" => PullPolicy.Parse(parseResult.GetValue(_policy), "--policy"),
                var other => throw new UsageException($"invalid --policy '{other}': use missing or always"),
            },
            IgnoreBuildable = parseResult.GetValue(_ignoreBuildable),
            IgnoreFailures = parseResult.GetValue(_ignoreFailures),
            Quiet = parseResult.GetValue(_quiet),
        };
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var services = ServiceSelection.WithDependencies(project, parseResult.GetValue(_services) ?? [], parseResult.GetValue(_includeDeps));
        var puller = new ProjectPuller(context.Images());
        if (context.DryRun)
        {
            await context.Out.WriteAsync((await puller.PlanAsync(project, services, options, cancellationToken).ConfigureAwait(false)).Pulls.ToText()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var summary = await puller.PullAsync(project, services, options, cancellationToken).ConfigureAwait(false);
        foreach (var warning in summary.Warnings)
        {
            context.Session.Warn(warning);
        }
        return ExitCodes.Success;
    }
}
