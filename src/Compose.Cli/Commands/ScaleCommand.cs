using System.CommandLine;
using System.Globalization;
using Compose.Cli.Commands.Lifecycle;
using Compose.Errors;
using Compose.Model;
using Compose.Operations.Up;
using Compose.Planning;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>scale SERVICE=N...</c>: an <c>up</c> of the named services with their replica counts replaced, through the
/// reconciler (extra replicas are removed highest number first, missing ones created).
/// </summary>
public sealed class ScaleCommand : ICliCommand
{
    private readonly Option<bool> _noDeps = new("--no-deps") { Description = "Don't start linked services" };
    private readonly Argument<string[]> _scales = new("SERVICE=REPLICAS") { Arity = ArgumentArity.OneOrMore, Description = "Services and their replica counts" };

    public ScaleCommand()
    {
        Definition = new Command("scale", "Scale services") { _noDeps, _scales };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scales = (parseResult.GetValue(_scales) ?? []).Select(Parse).ToList();
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        foreach (var (service, replicas) in scales)
        {
            project = project with { Services = project.Services.SetItem(service, project.GetService(service) with { Scale = replicas }) };
        }

        var options = new UpOptions { Services = [.. scales.Select(s => s.Service)] };
        if (parseResult.GetValue(_noDeps))
        {
            project = WithoutDependencies(project, options.Services);
        }

        // Scaling pulls and builds nothing: the images are the services' own as they are.
        var request = new UpRequest { Options = options, PrepareImages = false, DryRun = context.DryRun };
        var result = await new UpOperation(context.Session).RunAsync(project, request, cancellationToken).ConfigureAwait(false);
        return await PlanRunner.PrintIfDryAsync(context, result.Plan).ConfigureAwait(false);
    }

    /// <summary>With <c>--no-deps</c> the scaled services' dependencies are left as they are.</summary>
    private static Project WithoutDependencies(Project project, IEnumerable<string> services)
    {
        foreach (var name in services)
        {
            project = project with { Services = project.Services.SetItem(name, project.Services[name] with { DependsOn = ModelMaps.Empty<ServiceDependency>() }) };
        }

        return project;
    }

    private static (string Service, int Replicas) Parse(string text) =>
        text.Split('=', 2) is [var service, var count] && service.Length > 0
            && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var replicas)
            ? (service, replicas)
            : throw new UsageException($"invalid scale '{text}': use SERVICE=REPLICAS, e.g. web=3.");
}
