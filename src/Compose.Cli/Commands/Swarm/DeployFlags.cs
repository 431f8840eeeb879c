using System.CommandLine;
using Compose.Targets.Swarm;

namespace Compose.Cli.Commands.Swarm;

/// <summary>The flags of <c>deploy</c>, shared with <c>plan --to swarm</c> so the plan printed is the plan run.</summary>
internal sealed class DeployFlags
{
    public Option<string?> To { get; } = new("--to") { Description = "Where to deploy: swarm (a Docker Swarm, through the engine's manager)", HelpName = "TARGET" };
    public Option<bool> Prune { get; } = new("--prune") { Description = "Remove services of the stack that are no longer in the files" };
    public Option<string> ResolveImage { get; } = new("--resolve-image") { Description = "Pin images to registry digests: always, changed, never", DefaultValueFactory = _ => "always", HelpName = "MODE" };
    public Option<bool> Detach { get; } = new("--detach", "-d") { Description = "Return once the changes are submitted, without waiting for the rollout" };
    public Option<int?> WaitTimeout { get; } = new("--wait-timeout") { Description = "Maximum duration in seconds to wait for each service's rollout", HelpName = "SECONDS" };
    public Option<bool> WithRegistryAuth { get; } = new("--with-registry-auth") { Description = "Send registry credentials to the swarm so nodes can pull private images" };

    public DeployFlags()
    {
        To.AcceptOnlyFromAmong("swarm");
        ResolveImage.AcceptOnlyFromAmong("always", "changed", "never");
    }

    public void AddTo(Command command, bool withTo = true)
    {
        if (withTo)
        {
            command.Add(To);
        }

        command.Add(Prune);
        command.Add(ResolveImage);
        command.Add(Detach);
        command.Add(WaitTimeout);
        command.Add(WithRegistryAuth);
    }

    public ImageResolution Resolution(ParseResult parseResult) => parseResult.GetValue(ResolveImage) switch
    {
        "never" => ImageResolution.Never,
        "changed" => ImageResolution.Changed,
        _ => ImageResolution.Always,
    };

    public SwarmDeployOptions Options(ParseResult parseResult, Loading.LoadResult loaded) => new()
    {
        Prune = parseResult.GetValue(Prune),
        Detach = parseResult.GetValue(Detach),
        WaitTimeout = parseResult.GetValue(WaitTimeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        Sources = loaded.Sources,
    };
}
