using System.Collections.Immutable;

namespace Compose.Planning.OneOff;

/// <summary>What <c>run</c>'s flags ask for, before it becomes a container spec.</summary>
public sealed record OneOffOptions
{
    public required string Service { get; init; }

    /// <summary>
    /// The one-off's unique part (64 hex digits, its <c>com.docker.compose.slug</c> label; the first 12 name it). Chosen
    /// by the caller, so planning stays deterministic.
    /// </summary>
    public required string Slug { get; init; }
    public ImmutableArray<string> Command { get; init; } = [];
    public string? Name { get; init; }
    public string? Entrypoint { get; init; }
    public ImmutableArray<string> Environment { get; init; } = [];
    public ImmutableArray<string> Labels { get; init; } = [];
    public string? User { get; init; }
    public string? WorkingDirectory { get; init; }
    public ImmutableArray<string> Volumes { get; init; } = [];
    public ImmutableArray<string> Publish { get; init; } = [];
    public bool ServicePorts { get; init; }
    public ImmutableArray<string> CapAdd { get; init; } = [];
    public ImmutableArray<string> CapDrop { get; init; } = [];
    public bool UseAliases { get; init; }
    public bool Tty { get; init; }
    public bool Interactive { get; init; }

    /// <summary><c>--rm -d</c>: nobody waits for the container, so the engine removes it when it exits.</summary>
    public bool AutoRemove { get; init; }

    /// <summary><c>-d</c>: started in the background (and, with <c>--rm</c>, removed by the engine when it exits).</summary>
    public bool Detach { get; init; }

    /// <summary><c>--rm</c> in the foreground: removed once it has exited and its exit code is read.</summary>
    public bool RemoveAfterRun { get; init; }

    /// <summary><c>--no-deps</c>: the service's dependencies are neither started nor waited for.</summary>
    public bool NoDependencies { get; init; }

    /// <summary><c>--remove-orphans</c>: containers of services gone from the files are removed first.</summary>
    public bool RemoveOrphans { get; init; }
}
