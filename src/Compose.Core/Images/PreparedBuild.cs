using System.Collections.Immutable;
using Compose.Runtime;

namespace Compose.Images;

/// <summary>
/// One image build, ready for the engine: the spec (tags, arguments, labels...) and where its context comes from.
/// </summary>
public sealed record PreparedBuild
{
    /// <summary>The image the services run (the first tag).</summary>
    public required string Reference { get; init; }

    /// <summary>The service whose <c>build</c> section this is.</summary>
    public required string Service { get; init; }

    /// <summary>The engine's build; <see cref="ImageBuildSpec.Dockerfile"/> is still the path as written (relative to the context, or absolute).</summary>
    public required ImageBuildSpec Spec { get; init; }

    /// <summary>The local context directory; null for a remote one (<see cref="ImageBuildSpec.RemoteContext"/>).</summary>
    public string? ContextDirectory { get; init; }

    /// <summary><c>dockerfile_inline</c>: the Dockerfile's text, sent inside the context under a generated name.</summary>
    public string? DockerfileInline { get; init; }

    /// <summary>Settings the engine's classic builder cannot honour and that are left out (said once to the user).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
