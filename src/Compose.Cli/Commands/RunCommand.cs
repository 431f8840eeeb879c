using System.CommandLine;
using Compose.Cli.Commands.Images;
using Compose.Cli.Commands.Lifecycle;
using Compose.Cli.Commands.Run;
using Compose.Cli.Interactive;
using Compose.Execution;
using Compose.Model;
using Compose.Planning;
using Compose.Runtime;
using Compose.Targets.Engine;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>run SERVICE [COMMAND...]</c>: a one-off container of a service. Its dependencies (and the project's networks
/// and volumes) are brought up first through the reconciler; the container's exit code becomes composectl's.
/// </summary>
public sealed class RunCommand : ICliCommand
{
    private readonly Option<bool> _detach = new("--detach", "-d") { Description = "Run container in background and print container name" };
    private readonly Option<bool> _remove = new("--rm") { Description = "Automatically remove the container when it exits" };
    private readonly Option<string?> _name = new("--name") { Description = "Assign a name to the container", HelpName = "NAME" };
    private readonly Option<string?> _entrypoint = new("--entrypoint") { Description = "Override the entrypoint of the image", HelpName = "CMD" };
    private readonly Option<string[]> _env = new("--env", "-e") { Description = "Set environment variables", HelpName = "KEY=VALUE" };
    private readonly Option<string[]> _labels = new("--label", "-l") { Description = "Add or override a label", HelpName = "KEY=VALUE" };
    private readonly Option<string?> _user = new("--user", "-u") { Description = "Run as specified username or uid", HelpName = "USER" };
    private readonly Option<string?> _workdir = new("--workdir", "-w") { Description = "Working directory inside the container", HelpName = "DIR" };
    private readonly Option<string[]> _volumes = new("--volume", "-v") { Description = "Bind mount a volume", HelpName = "SRC:DST[:ro]" };
    private readonly Option<string[]> _publish = new("--publish", "-p") { Description = "Publish a container's port(s) to the host", HelpName = "[IP:]HOST:CONTAINER" };
    private readonly Option<bool> _servicePorts = new("--service-ports", "-P") { Description = "Run command with all service's ports enabled and mapped to the host" };
    private readonly Option<string[]> _capAdd = new("--cap-add") { Description = "Add Linux capabilities", HelpName = "CAP" };
    private readonly Option<string[]> _capDrop = new("--cap-drop") { Description = "Drop Linux capabilities", HelpName = "CAP" };
    private readonly Option<bool> _noDeps = new("--no-deps") { Description = "Don't start linked services" };
    private readonly Option<bool> _removeOrphans = new("--remove-orphans") { Description = "Remove containers for services not defined in the Compose file" };
    private readonly Option<bool> _noTty = new("--no-tty", "--no-TTY", "-T") { Description = "Disable pseudo-TTY allocation (default: auto-detected)" };
    private readonly Option<bool> _useAliases = new("--use-aliases") { Description = "Use the service's network aliases in the network(s) the container connects to" };
    private readonly Option<bool> _interactive = new("--interactive", "-i") { Description = "Keep STDIN open even if not attached (always on)", Hidden = true };
    private readonly Option<bool> _tty = new("--tty", "-t") { Description = "Allocate a pseudo-TTY (the default when stdin is a terminal)", Hidden = true };
    private readonly Argument<string> _service = new(ServiceArguments.Name) { Description = "The service" };
    private readonly Argument<string[]> _command = new("COMMAND") { Arity = ArgumentArity.ZeroOrMore, Description = "Command and arguments (default: the service's)" };
    private readonly ImageFlags _images = new();

    public RunCommand()
    {
        Definition = new Command("run", "Run a one-off command on a service")
        {
            _detach, _remove, _name, _entrypoint, _env, _labels, _user, _workdir, _volumes, _publish, _servicePorts, _noDeps,
            _noTty, _useAliases, _capAdd, _capDrop, _interactive, _tty, _removeOrphans,
        };
        _images.AddTo(Definition, noBuild: false);
        Definition.Add(_service);
        Definition.Add(_command);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var options = Options(context, parseResult);
        var spec = OneOffSpecBuilder.Build(project, options);
        var noDeps = parseResult.GetValue(_noDeps);
        var services = ServiceSelection.WithDependencies(project, [options.Service], includeDependencies: !noDeps);
        await ImageSteps.RunAsync(context, project, services, _images.Parse(parseResult), cancellationToken).ConfigureAwait(false);
        var reconciler = context.Target();
        var removeOrphans = parseResult.GetValue(_removeOrphans) || context.RemoveOrphans;
        var plans = await PlanPreparationAsync(context, reconciler, project, options.Service, noDeps, removeOrphans, cancellationToken).ConfigureAwait(false);
        if (context.DryRun)
        {
            await context.Out.WriteAsync(string.Concat(plans.Select(p => p.ToText()))).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"then: create and start the one-off container {spec.Name} of service {options.Service}").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        foreach (var plan in plans)
        {
            await reconciler.ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
        }

        var runtime = context.Runtime;
        var id = await runtime.CreateContainerAsync(spec, cancellationToken).ConfigureAwait(false);
        if (parseResult.GetValue(_detach))
        {
            await runtime.StartContainerAsync(id, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(spec.Name).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        try
        {
            return await RunAttachedAsync(context, id, options.Tty, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (parseResult.GetValue(_remove))
            {
                await runtime.RemoveContainerAsync(id, new ContainerRemoveOptions(Force: true, RemoveAnonymousVolumes: true), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Attached before it starts, so no output is lost; the exit code comes from the engine. Without a TTY the first
    /// Ctrl+C goes to the container's process (docker's <c>--sig-proxy</c>), so a test runner can end its own way.
    /// </summary>
    private static async Task<int> RunAttachedAsync(CommandContext context, string id, bool tty, CancellationToken cancellationToken)
    {
        var runtime = context.Runtime;
        using var forwarding = tty ? null : ContainerSignals.Forward(context, id);
        await using (var connection = await runtime.AttachContainerAsync(id, new AttachOptions { Stdin = true, Tty = tty }, cancellationToken).ConfigureAwait(false))
        {
            await runtime.StartContainerAsync(id, cancellationToken).ConfigureAwait(false);
            await new InteractiveSession(context).RunAsync(
                connection, forwardInput: true, tty ? (w, h, ct) => runtime.ResizeContainerTtyAsync(id, w, h, ct) : null, cancellationToken).ConfigureAwait(false);
        }

        var exit = await runtime.WaitContainerAsync(id, WaitCondition.NotRunning, cancellationToken).ConfigureAwait(false);
        return exit.ExitCode;
    }

    /// <summary>
    /// What runs before the one-off container: with <c>--remove-orphans</c>, the removal of orphan containers (judged
    /// against the whole project); then the project's networks and volumes and (unless <c>--no-deps</c>) the service's
    /// dependencies, planned as an <c>up</c> of a copy of the project that holds only those dependencies, ending with
    /// waits for the service's own <c>depends_on</c> conditions (healthy, completed), so the one-off starts when
    /// <c>up</c> would start the service. The copy lacks the project's other services, so it judges no orphans.
    /// </summary>
    private static async Task<IReadOnlyList<Plan>> PlanPreparationAsync(
        CommandContext context, EngineTarget reconciler, Project project, string service, bool noDeps, bool removeOrphans, CancellationToken cancellationToken)
    {
        var orphans = removeOrphans
            ? Planner.PlanRemoveOrphans(project, await reconciler.ObserveAsync(project, cancellationToken).ConfigureAwait(false))
            : Plan.Empty;
        var dependencies = noDeps ? [] : ServiceSelection.WithDependencies(project, [service]).Remove(service);
        var prerequisites = project with { Services = ModelMaps.From(project.Services.Where(s => dependencies.Contains(s.Key))) };
        var options = new UpOptions
        {
            IgnoreOrphans = true,
            WaitFor = noDeps ? ModelMaps.Empty<ServiceDependency>() : project.Services[service].DependsOn,
        };
        var up = await reconciler.PlanUpAsync(prerequisites, options, cancellationToken).ConfigureAwait(false);
        await PlanRunner.WarnAsync(context, up).ConfigureAwait(false);
        return [orphans, up];
    }

    private RunOptions Options(CommandContext context, ParseResult parseResult) => new()
    {
        Service = parseResult.GetRequiredValue(_service),
        Command = [.. parseResult.GetValue(_command) ?? []],
        Name = parseResult.GetValue(_name),
        Entrypoint = parseResult.GetValue(_entrypoint),
        Environment = EnvironmentArguments.Resolve(parseResult.GetValue(_env) ?? [], context.Environment.Variables),
        Labels = [.. parseResult.GetValue(_labels) ?? []],
        User = parseResult.GetValue(_user),
        WorkingDirectory = parseResult.GetValue(_workdir),
        Volumes = [.. parseResult.GetValue(_volumes) ?? []],
        Publish = [.. parseResult.GetValue(_publish) ?? []],
        ServicePorts = parseResult.GetValue(_servicePorts),
        UseAliases = parseResult.GetValue(_useAliases),
        CapAdd = [.. parseResult.GetValue(_capAdd) ?? []],
        CapDrop = [.. parseResult.GetValue(_capDrop) ?? []],
        Tty = !parseResult.GetValue(_detach) && !parseResult.GetValue(_noTty) && context.Environment.InputIsTerminal,
        Interactive = !parseResult.GetValue(_detach),
        AutoRemove = parseResult.GetValue(_detach) && parseResult.GetValue(_remove),
    };
}
