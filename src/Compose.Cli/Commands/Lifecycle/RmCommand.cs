using System.CommandLine;
using Compose.Operations.Lifecycle;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>
/// <c>rm</c>: remove stopped service containers (<c>-s</c> stops running ones first; <c>-v</c> also removes their
/// anonymous volumes). Asks for confirmation on stdin unless <c>-f</c>, as docker compose does (no answer means no).
/// </summary>
public sealed class RmCommand : ContainerCommand
{
    private readonly Option<bool> _force = new("--force", "-f") { Description = "Don't ask to confirm removal" };
    private readonly Option<bool> _stop = new("--stop", "-s") { Description = "Stop the containers, if required, before removing" };
    private readonly Option<bool> _volumes = new("--volumes", "-v") { Description = "Remove any anonymous volumes attached to containers" };

    public RmCommand()
        : base("rm", "Removes stopped service containers")
    {
        Definition.Add(_force);
        Definition.Add(_stop);
        Definition.Add(_volumes);
    }

    protected override LifecycleOptions Options(ParseResult parseResult) => new()
    {
        StopFirst = parseResult.GetValue(_stop),
        RemoveVolumes = parseResult.GetValue(_volumes),
    };

    protected override LifecycleVerb Verb => LifecycleVerb.Remove;

    protected override string? Nothing() => "No stopped containers";

    protected override async Task<bool> ConfirmAsync(CommandContext context, ParseResult parseResult, Plan plan, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(_force))
        {
            return true;
        }

        var names = plan.Steps.OfType<Compose.Planning.Steps.RemoveContainerStep>().Select(s => s.Container.Name);
        await context.Error.WriteLineAsync($"Going to remove {string.Join(", ", names)}").ConfigureAwait(false);
        await context.Error.WriteAsync("? Are you sure? [y/N] ").ConfigureAwait(false);
        await context.Error.FlushAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(context.Environment.Input, leaveOpen: true);
        var answer = (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.Trim();
        return answer is not null && (answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase));
    }
}
