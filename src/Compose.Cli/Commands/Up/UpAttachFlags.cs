using System.Collections.Immutable;
using System.CommandLine;
using Compose.Errors;
using Compose.Model;
using Compose.Operations.Up;
using Compose.Planning;

namespace Compose.Cli.Commands.Up;

/// <summary><c>up</c>'s flags for the attached (foreground) mode, their checks, and the <see cref="AttachSettings"/> they make.</summary>
internal sealed class UpAttachFlags
{
    private readonly Option<bool> _abortOnExit = new("--abort-on-container-exit") { Description = "Stops all containers if any container was stopped. Incompatible with -d" };
    private readonly Option<bool> _abortOnFailure = new("--abort-on-container-failure") { Description = "Stops all containers if any container exited with failure. Incompatible with -d" };
    private readonly Option<string?> _exitCodeFrom = new("--exit-code-from") { Description = "Return the exit code of the selected service container. Implies --abort-on-container-exit", HelpName = "SERVICE" };
    private readonly Option<string[]> _attach = new("--attach") { Description = "Restrict attaching to the specified services. Incompatible with --attach-dependencies.", HelpName = "SERVICE" };
    private readonly Option<string[]> _noAttach = new("--no-attach") { Description = "Do not attach (stream logs) to the specified services", HelpName = "SERVICE" };
    private readonly Option<bool> _attachDependencies = new("--attach-dependencies") { Description = "Automatically attach to log output of dependent services" };
    private readonly Option<bool> _noColor = new("--no-color") { Description = "Produce monochrome output" };
    private readonly Option<bool> _noLogPrefix = new("--no-log-prefix") { Description = "Don't print prefix in logs" };
    private readonly Option<bool> _timestamps = new("--timestamps") { Description = "Show timestamps" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _abortOnExit, _abortOnFailure, _exitCodeFrom, _attach, _noAttach, _attachDependencies, _noColor, _noLogPrefix, _timestamps })
        {
            command.Add(option);
        }
    }

    public void Validate(ParseResult parseResult, bool detached, bool noStart, bool wait)
    {
        var aborts = parseResult.GetValue(_abortOnExit) || parseResult.GetValue(_exitCodeFrom) is not null;
        if (aborts && parseResult.GetValue(_abortOnFailure))
        {
            throw new UsageException("--abort-on-container-failure cannot be combined with --abort-on-container-exit or --exit-code-from");
        }

        if (detached && (aborts || parseResult.GetValue(_abortOnFailure)))
        {
            throw new UsageException($"{(wait ? "--wait" : "--detach")} cannot be combined with --abort-on-container-exit, --abort-on-container-failure or --exit-code-from");
        }

        if (noStart && wait)
        {
            throw new UsageException("--no-start and --wait are incompatible");
        }

        if (parseResult.GetValue(_attach) is { Length: > 0 } && parseResult.GetValue(_attachDependencies))
        {
            throw new UsageException("--attach cannot be combined with --attach-dependencies");
        }
    }

    public AttachSettings Settings(ParseResult parseResult, Project project, UpOptions options, ImmutableSortedSet<string> selected)
    {
        var exitCodeFrom = parseResult.GetValue(_exitCodeFrom);
        if (exitCodeFrom is not null && !selected.Contains(exitCodeFrom))
        {
            throw new UsageException($"--exit-code-from {exitCodeFrom}: no such service in this up");
        }

        return new AttachSettings
        {
            Attached = Attached(parseResult, project, options, selected),
            Selected = [.. selected],
            Abort = parseResult.GetValue(_abortOnExit) || exitCodeFrom is not null ? AbortMode.OnExit
                : parseResult.GetValue(_abortOnFailure) ? AbortMode.OnFailure
                : AbortMode.None,
            ExitCodeFrom = exitCodeFrom,
            NoColor = parseResult.GetValue(_noColor),
            NoLogPrefix = parseResult.GetValue(_noLogPrefix),
            Timestamps = parseResult.GetValue(_timestamps),
            Timeout = options.Timeout,
        };
    }

    /// <summary>
    /// <c>--attach</c> when given; else the named services (with their dependencies under <c>--attach-dependencies</c>),
    /// or every service of the <c>up</c>, except those declared <c>attach: false</c>; minus <c>--no-attach</c>.
    /// </summary>
    private ImmutableSortedSet<string> Attached(ParseResult parseResult, Project project, UpOptions options, ImmutableSortedSet<string> selected)
    {
        var explicitly = parseResult.GetValue(_attach) ?? [];
        foreach (var name in explicitly.Concat(parseResult.GetValue(_noAttach) ?? []).Where(n => !project.Services.ContainsKey(n)))
        {
            throw new NoSuchServiceException(name, project.Services.Keys);
        }

        if (explicitly.Length > 0)
        {
            return explicitly.ToImmutableSortedSet(StringComparer.Ordinal).Except(parseResult.GetValue(_noAttach) ?? []);
        }

        var attached = options.Services.IsDefaultOrEmpty || parseResult.GetValue(_attachDependencies) ? selected
            : options.Services.ToImmutableSortedSet(StringComparer.Ordinal);
        // A service declared with attach: false is only shown when --attach names it.
        return attached.Where(s => project.Services[s].Attach != false).ToImmutableSortedSet(StringComparer.Ordinal).Except(parseResult.GetValue(_noAttach) ?? []);
    }
}
