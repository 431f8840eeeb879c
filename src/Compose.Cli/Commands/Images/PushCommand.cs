using System.CommandLine;
using Compose.Images;
using Compose.Planning;

namespace Compose.Cli.Commands.Images;

/// <summary><c>push [SERVICE...]</c>: pushes the images the services build (<c>image</c> plus <c>build.tags</c>) to their registries.</summary>
public sealed class PushCommand : ICliCommand
{
    private readonly Option<bool> _ignoreFailures = new("--ignore-push-failures") { Description = "Push what it can and ignores images with push failures" };
    private readonly Option<bool> _includeDeps = new("--include-deps") { Description = "Also push images of services declared as dependencies" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Push without printing progress information" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public PushCommand()
    {
        Definition = new Command("push", "Push service images") { _ignoreFailures, _includeDeps, _quiet, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var services = ServiceSelection.WithDependencies(project, parseResult.GetValue(_services) ?? [], parseResult.GetValue(_includeDeps));
        if (context.DryRun)
        {
            var (tags, _) = ProjectPusher.Select(project, services);
            await context.Out.WriteAsync(string.Concat(tags.Select(t => $"image:{t.Key}, PushImage, push ({string.Join(", ", t.Value)})\n"))).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var warnings = await new ProjectPusher(context.Images())
            .PushAsync(project, services, parseResult.GetValue(_ignoreFailures), parseResult.GetValue(_quiet), cancellationToken).ConfigureAwait(false);
        foreach (var warning in warnings)
        {
            context.Session.Warn(warning);
        }
        return ExitCodes.Success;
    }
}
