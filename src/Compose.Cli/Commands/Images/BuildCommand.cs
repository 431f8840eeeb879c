using System.CommandLine;
using Compose.Images;
using Compose.Planning;

namespace Compose.Cli.Commands.Images;

/// <summary>
/// <c>build [SERVICE...]</c>: builds the images of the services with a <c>build</c> section, each image once, in
/// parallel up to <c>--parallel</c>/<c>COMPOSE_PARALLEL_LIMIT</c>, with the builder's steps as progress.
/// </summary>
public sealed class BuildCommand : ICliCommand
{
    private readonly Option<string[]> _buildArgs = new("--build-arg") { Description = "Set build-time variables for services", HelpName = "KEY=VALUE" };
    private readonly Option<bool> _noCache = new("--no-cache") { Description = "Do not use cache when building the image" };
    private readonly Option<bool> _pull = new("--pull") { Description = "Always attempt to pull a newer version of the image" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Don't print anything to STDOUT" };
    private readonly Option<bool> _withDependencies = new("--with-dependencies") { Description = "Also build dependencies (transitively)" };
    private readonly Option<bool> _push = new("--push") { Description = "Push service images" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public BuildCommand()
    {
        Definition = new Command("build", "Build or rebuild services") { _buildArgs, _noCache, _pull, _quiet, _withDependencies, _push, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var services = ServiceSelection.WithDependencies(project, parseResult.GetValue(_services) ?? [], parseResult.GetValue(_withDependencies));
        if (context.DryRun)
        {
            await context.Out.WriteAsync(ProjectBuilder.Plan(project, services).ToText()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var quiet = parseResult.GetValue(_quiet);
        var overrides = new BuildOverrides
        {
            NoCache = parseResult.GetValue(_noCache),
            Pull = parseResult.GetValue(_pull),
            Args = BuildArguments.Resolve(parseResult.GetValue(_buildArgs) ?? [], context.Environment.Variables),
            Quiet = quiet,
        };
        await new ProjectBuilder(context.Images()).BuildAsync(project, services, overrides, cancellationToken).ConfigureAwait(false);
        if (parseResult.GetValue(_push))
        {
            await new ProjectPusher(context.Images()).PushAsync(project, services, ignoreFailures: false, quiet, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
