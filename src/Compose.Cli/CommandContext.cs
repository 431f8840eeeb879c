using System.Collections.Immutable;
using System.CommandLine;
using Compose.Cli.Rendering;
using Compose.Execution;
using Compose.Loading;
using Compose.Runtime;
using Compose.Runtime.Docker;

namespace Compose.Cli;

/// <summary>
/// What a command needs, created lazily: nothing connects to the engine or reads files until a command asks,
/// so <c>version</c> and <c>--help</c> stay cheap.
/// </summary>
public sealed class CommandContext(CliEnvironment environment, GlobalOptions globals, ParseResult parseResult) : IAsyncDisposable
{
    private IContainerRuntime? _runtime;

    public CliEnvironment Environment { get; } = environment;

    public TextWriter Out => Environment.Out;

    public TextWriter Error => Environment.Error;

    public bool Verbose => parseResult.GetValue(globals.Verbose);

    public IContainerRuntime Runtime => _runtime ??= new DockerRuntime(DockerEndpoint.FromEnvironment(Environment.Variables));

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

    public IProgressSink Progress => ProgressRendererFactory.Create(parseResult.GetValue(globals.Progress), Environment);

    public LoadRequest LoadRequest => new()
    {
        WorkingDirectory = Environment.WorkingDirectory,
        Environment = Environment.Variables,
        ConfigFiles = [.. parseResult.GetValue(globals.Files) ?? []],
        ProjectName = parseResult.GetValue(globals.ProjectName),
        ProjectDirectory = parseResult.GetValue(globals.ProjectDirectory),
        EnvFiles = [.. parseResult.GetValue(globals.EnvFiles) ?? []],
        Profiles = [.. parseResult.GetValue(globals.Profiles) ?? []],
    };

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

    public Reconciler Reconciler() => new(Runtime, Progress, Parallelism);

    public ImmutableArray<string> ExplicitFiles => [.. parseResult.GetValue(globals.Files) ?? []];

    public async ValueTask DisposeAsync()
    {
        if (_runtime is not null)
        {
            await _runtime.DisposeAsync().ConfigureAwait(false);
        }
    }
}
