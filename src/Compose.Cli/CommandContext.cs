using System.Collections.Immutable;
using System.CommandLine;
using Compose.Cli.Rendering;
using Compose.Errors;
using Compose.Execution;
using Compose.Images;
using Compose.Loading;
using Compose.Loading.Interpolation;
using Compose.Locking;
using Compose.Operations;
using Compose.Runtime;

namespace Compose.Cli;

/// <summary>
/// What a command needs, created lazily: nothing connects to the engine or reads files until a command asks,
/// so <c>version</c>, <c>--help</c> and <c>config</c> stay cheap. Owns what it created (runtime, progress renderer,
/// the stdin copy of <c>-f -</c>) and releases it when the command ends.
/// </summary>
public sealed class CommandContext(CliEnvironment environment, GlobalOptions globals, ParseResult parseResult) : IAsyncDisposable
{
    private IContainerRuntime? _runtime;
    private ComposeSession? _session;
    private ProjectLocks? _locks;
    private IProgressSink? _progress;
    private ConsoleSettings? _console;
    private string? _stdinCopy;

    public CliEnvironment Environment { get; } = environment;

    public TextWriter Out => Environment.Out;

    public TextWriter Error => Environment.Error;

    public TimeProvider Time => Environment.Time;

    /// <summary>Cancelled by a second Ctrl+C (or SIGTERM): the first cancels the command's token.</summary>
    public CancellationToken SecondInterrupt { get; init; }

    public bool Verbose => parseResult.GetValue(globals.Verbose);

    /// <summary>The global <c>--dry-run</c>: show what would change, change nothing.</summary>
    public bool DryRun => parseResult.GetValue(globals.DryRun);

    public ConsoleSettings Console => _console ??= ConsoleSettings.Resolve(parseResult.GetValue(globals.Ansi), parseResult.GetValue(globals.Progress), Environment);

    /// <summary>
    /// What the operations run with, made on first use: the driver of <c>--runtime</c> (else <c>COMPOSE_RUNTIME</c>,
    /// else docker; this is the one place the CLI makes it), the progress display, warnings as <c>WARN</c> lines.
    /// </summary>
    public ComposeSession Session => _session ??= new ComposeSession
    {
        Runtime = _runtime = Environment.RuntimeFactory.Create(RuntimeOptions),
        Progress = Progress,
        NewProgress = () => ProgressRendererFactory.Create(Console, Environment),
        EndProgress = EndProgress,
        Warn = warning => Error.WriteLine($"WARN[0000] {warning}"),
        Parallelism = Parallelism,
        Time = Time,
        PullHistory = PullHistoryFile.DefaultPath(Environment.Variables) is { } path ? new PullHistoryFile(path, Time) : NoPullHistory.Instance,
        // What changes nothing waits for nobody.
        Locks = DryRun ? NoProjectLocks.Instance : ProjectLocks,
    };

    /// <summary>The driver of <c>--runtime</c> with what it is made from; <c>--root</c> belongs to the native driver alone.</summary>
    private RuntimeOptions RuntimeOptions
    {
        get
        {
            var driver = RuntimeFactory.Choose(parseResult.GetValue(globals.Runtime), Environment.Variables);
            var root = parseResult.GetValue(globals.Root);
            if (root is { Length: > 0 } && driver != "native")
            {
                throw new ComposeException(
                    $"--root is the state directory of the native runtime, and this command uses the {driver} runtime: add --runtime native, or leave --root out.");
            }

            return new RuntimeOptions { Driver = driver, Environment = Environment.Variables, NativeRoot = root, Time = Environment.Time };
        }
    }

    /// <summary>The per-project locks of the engine this command talks to (docs/reconcile.md, "The lock").</summary>
    public ProjectLocks ProjectLocks => _locks ??= new ProjectLocks(
        Environment.Variables,
        EngineEndpointKey.Of(RuntimeFactory.Choose(parseResult.GetValue(globals.Runtime), Environment.Variables), Environment.Variables),
        line => Error.WriteLine($"WARN[0000] {line}"),
        Time);

    /// <summary><c>--parallel</c>, else <c>COMPOSE_PARALLEL_LIMIT</c>; null (or -1) means unbounded.</summary>
    public int? Parallelism
    {
        get
        {
            var value = parseResult.GetValue(globals.Parallel)
                ?? (Environment.Variables.TryGetValue("COMPOSE_PARALLEL_LIMIT", out var text) && int.TryParse(text, out var n) ? n : null);
            return value is null or <= 0 ? null : value;
        }
    }

    /// <summary><c>COMPOSE_IGNORE_ORPHANS</c>: do not warn about (or list) containers of services no longer in the files.</summary>
    public bool IgnoreOrphans => ConsoleSettings.IsTrue(Environment.Variables.GetValueOrDefault("COMPOSE_IGNORE_ORPHANS"));

    /// <summary><c>COMPOSE_REMOVE_ORPHANS</c>: <c>up</c> and <c>down</c> behave as if given <c>--remove-orphans</c>.</summary>
    public bool RemoveOrphans => ConsoleSettings.IsTrue(Environment.Variables.GetValueOrDefault("COMPOSE_REMOVE_ORPHANS"));

    /// <summary>The one progress renderer of this command (live tree, plain, json or quiet), to stderr unless <c>COMPOSE_STATUS_STDOUT</c>.</summary>
    public IProgressSink Progress => _progress ??= ProgressRendererFactory.Create(Console, Environment);

    /// <summary>Finishes the live progress display (its last state stays on screen), before output or a terminal session takes over.</summary>
    public void EndProgress() => (_progress as IDisposable)?.Dispose();

    /// <summary>Colours for log prefixes on stdout, one per service of <paramref name="services"/>.</summary>
    public ServiceColors ColorsFor(IEnumerable<string> services) => new(services, Console.OutColors);

    public ImmutableArray<string> ExplicitFiles => [.. parseResult.GetValue(globals.Files) ?? []];

    /// <summary>
    /// The load request of the command line. <c>down</c> always sees every resource the files declare
    /// (<c>--all-resources</c>), so it removes a network or volume that an earlier <c>up</c> created while a service
    /// still used it, or that <c>--all-resources up</c> created; it removes only what exists with the project's name.
    /// </summary>
    public LoadRequest LoadRequest
    {
        get
        {
            var files = ExplicitFiles;
            var projectDirectory = parseResult.GetValue(globals.ProjectDirectory);
            return new LoadRequest
            {
                // Without -f, files are looked for in --project-directory (as docker compose does), else the working directory.
                WorkingDirectory = files.IsEmpty && projectDirectory is not null
                    ? Path.GetFullPath(projectDirectory, Environment.WorkingDirectory)
                    : Environment.WorkingDirectory,
                Environment = Environment.Variables,
                ConfigFiles = [.. files.Select(f => f == "-" ? StdinCopy() : f)],
                ProjectName = parseResult.GetValue(globals.ProjectName),
                // With the file on stdin, relative paths resolve against the working directory.
                ProjectDirectory = projectDirectory ?? (files.Contains("-") ? Environment.WorkingDirectory : null),
                EnvFiles = [.. parseResult.GetValue(globals.EnvFiles) ?? []],
                Profiles = [.. parseResult.GetValue(globals.Profiles) ?? []],
                Services = NamedServices(),
                AllResources = parseResult.GetValue(globals.AllResources) || parseResult.CommandResult.Command.Name == "down",
            };
        }
    }

    /// <summary>
    /// The services named on the command line (every command's service argument is called SERVICE): docker compose
    /// enables their profiles, so `up debug-tool` works without `--profile debug`.
    /// </summary>
    private ImmutableArray<string> NamedServices()
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var argument in parseResult.CommandResult.Command.Arguments.Where(a => a.Name == Commands.ServiceArguments.Name))
        {
            // The raw tokens, not the converted value: completion loads the project from half-typed command lines.
            var tokens = parseResult.GetResult(argument)?.Tokens ?? [];
            names.AddRange(tokens.Select(t => t.Value).Where(v => !v.StartsWith('-')));
        }

        return names.ToImmutable();
    }

    /// <summary>Loads the project and prints the loader's warnings to stderr.</summary>
    public async Task<LoadResult> LoadProjectAsync(CancellationToken cancellationToken, Func<LoadRequest, LoadRequest>? adjust = null)
    {
        var request = adjust is null ? LoadRequest : adjust(LoadRequest);
        var result = await ProjectLoader.LoadAsync(request, cancellationToken).ConfigureAwait(false);
        foreach (var warning in result.Warnings)
        {
            await Error.WriteLineAsync($"WARN[0000] {warning}").ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>
    /// The project by its files; or, when there are none and a name is given (<c>-p</c>, <c>COMPOSE_PROJECT_NAME</c>),
    /// by name alone, for commands that only act on what exists.
    /// </summary>
    public async Task<ProjectScope> ResolveProjectAsync(CancellationToken cancellationToken)
    {
        var request = LoadRequest;
        var name = request.ProjectName is { Length: > 0 } flag ? flag : Environment.Variables.GetValueOrDefault("COMPOSE_PROJECT_NAME");
        if (name is { Length: > 0 } && !HasConfigFiles(request))
        {
            return new ProjectScope(ProjectNameResolver.Resolve(name, Environment.Variables, null, null, request.WorkingDirectory), null);
        }

        var project = (await LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        return new ProjectScope(project.Name, project);
    }

    /// <summary>What pulls, builds and pushes run with; the pull history lives under <c>XDG_STATE_HOME</c> (or <c>~/.local/state</c>).</summary>
    public ImageServices Images() => Session.Images();

    public async ValueTask DisposeAsync()
    {
        (_progress as IDisposable)?.Dispose();
        if (_runtime is not null)
        {
            await _runtime.DisposeAsync().ConfigureAwait(false);
        }

        if (_stdinCopy is not null)
        {
            File.Delete(_stdinCopy);
        }
    }

    private static bool HasConfigFiles(LoadRequest request)
    {
        try
        {
            return ConfigFileLocator.Locate(request, new VariableSource(request.Environment), new List<string>()).Length > 0;
        }
        catch (ComposeException)
        {
            return false;
        }
    }

    /// <summary>
    /// <c>-f -</c>: the loader reads files by path, so stdin is copied once to a private temporary file (removed when
    /// the command ends) and the project directory defaults to the working directory.
    /// </summary>
    private string StdinCopy()
    {
        if (_stdinCopy is null)
        {
            var path = Path.Combine(Path.GetTempPath(), $"composectl-stdin-{Guid.NewGuid():N}.yaml");
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None))
            {
                Environment.Input.CopyTo(file);
            }

            _stdinCopy = path;
        }

        return _stdinCopy;
    }
}
