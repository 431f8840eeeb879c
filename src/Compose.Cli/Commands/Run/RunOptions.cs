using System.Collections.Immutable;

namespace Compose.Cli.Commands.Run;

/// <summary>What <c>run</c>'s flags ask for, before it becomes a container spec.</summary>
internal sealed record RunOptions
{
    public required string Service { get; init; }
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
}
