using System.Collections.Immutable;
using Compose.Watching;

namespace Compose.Reconciling;

/// <summary>
/// Watches the project's input files (<see cref="ProjectInputs"/>) and turns edits into <see cref="TriggerKind.Files"/>
/// triggers, debounced (an editor's save, a <c>git checkout</c> touching several files, becomes one). Editors that
/// save by writing a new file and renaming it over the old one are seen too: the watch is on the directory. After
/// each reload the watched set follows the new inputs (an <c>env_file</c> added by the edit is watched from then on).
/// </summary>
public sealed class FileFollower : IDisposable
{
    private readonly TriggerQueue _triggers;
    private readonly Action<string> _error;
    private readonly ChangeBatcher _batcher;
    private readonly Lock _gate = new();
    private readonly string _root;
    private ImmutableHashSet<string> _inputs = [];
    private PathWatcher? _watcher;

    /// <param name="root">The project directory: changed files are named relative to it.</param>
    public FileFollower(TriggerQueue triggers, TimeProvider time, TimeSpan debounce, string root, Action<string> error)
    {
        _triggers = triggers;
        _error = error;
        _root = root;
        _batcher = new ChangeBatcher(time, debounce);
    }

    /// <summary>Watches exactly these files (and directories) from now on.</summary>
    public void Watch(IEnumerable<string> inputs)
    {
        var set = inputs.Select(Path.GetFullPath).ToImmutableHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            if (set.SetEquals(_inputs) && _watcher is not null)
            {
                return;
            }

            _watcher?.Dispose();
            _inputs = set;
            _watcher = PathWatcher.Start(set.Order(StringComparer.Ordinal), Changed, _error);
        }
    }

    /// <summary>Hands each debounced batch of edits to the loop, until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var batch in _batcher.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            _triggers.Add(new ReconcileTrigger(TriggerKind.Files, string.Join(", ", batch.Select(p => Path.GetRelativePath(_root, p)))));
        }
    }

    /// <summary>The watcher reports more than the inputs (a missing file is watched from its directory): only inputs count.</summary>
    private void Changed(string path)
    {
        ImmutableHashSet<string> inputs;
        lock (_gate)
        {
            inputs = _inputs;
        }

        if (inputs.Contains(path) || inputs.Any(input => WatchPaths.Below(input, path) is not null))
        {
            _batcher.Add(path);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _watcher = null;
        }

        _batcher.Dispose();
    }
}
