using System.CommandLine;
using Compose.Errors;
using Compose.Images;
using Compose.Planning;
using Compose.Reconciling;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// The reconcile flags of <c>up</c> and <c>watch</c>: <c>--heal</c> (the drift half, beside the file-following half
/// that <c>--watch</c> and <c>watch</c> always have), <c>up --reconcile</c> (the whole loop) and <c>--foreground</c>,
/// <c>--restart-stopped</c>, and the period of the full pass.
/// </summary>
internal sealed class LoopFlags(bool forUp)
{
    private readonly ReconcileFlags _shared = new(forUp ? "--reconcile-period" : "--period");

    public Option<bool> Heal { get; } = new("--heal") { Description = "Also heal drift: recreate what is removed outside composectl, repair networks, as 'up' would" };

    public Option<bool> Reconcile { get; } = new("--reconcile") { Description = "Keep the stack converged: heal drift and apply edits of the compose and env files until stopped" };

    public Option<bool> Foreground { get; } = new("--foreground") { Description = "With --reconcile -d: stay in the foreground running the loop (without it, -d exits after the first pass)" };

    public void AddTo(Command command)
    {
        command.Add(Heal);
        if (forUp)
        {
            command.Add(Reconcile);
            command.Add(Foreground);
        }

        _shared.AddTo(command);
    }

    /// <summary>Whether the loop runs at all: <c>--watch</c> (files), <c>--reconcile</c> (everything).</summary>
    public bool Runs(ParseResult parseResult, bool watch, bool detached) =>
        watch || (forUp && parseResult.GetValue(Reconcile) && (!detached || parseResult.GetValue(Foreground)));

    public void Validate(ParseResult parseResult, bool watch, bool detached)
    {
        var reconcile = forUp && parseResult.GetValue(Reconcile);
        if (parseResult.GetValue(Heal) && !watch && !reconcile)
        {
            throw new UsageException("--heal goes with --watch (or --reconcile, which implies it)");
        }

        if (forUp && parseResult.GetValue(Foreground) && !(reconcile && detached))
        {
            throw new UsageException("--foreground goes with --reconcile and -d: an attached up stays in the foreground anyway");
        }

        if (!watch && !reconcile && (parseResult.GetValue(_shared.RestartStopped) || parseResult.GetValue(_shared.Period) is not null))
        {
            throw new UsageException($"--restart-stopped and {_shared.Period.Name} go with --reconcile or --watch");
        }
    }

    /// <summary>The controller's settings; the command's own <c>up</c> has run, so the loop starts waiting.</summary>
    public ReconcileControllerSettings Settings(ParseResult parseResult, UpOptions options, ImageOptions images)
    {
        var heal = parseResult.GetValue(Heal) || (forUp && parseResult.GetValue(Reconcile));
        // The periodic pass is the safety net of healing; following files alone needs none.
        var period = heal ? _shared.PeriodOf(parseResult) : null;
        return ReconcileSettingsFactory.Create(heal, initialPass: false, period, parseResult.GetValue(_shared.RestartStopped), options with { NoStart = false }, images);
    }
}
