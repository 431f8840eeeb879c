using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>
/// The loaded, normalized compose project: immutable, long-syntax canonical form,
/// maps sorted ordinally so output and hashes are stable.
/// </summary>
public sealed record Project
{
    public required string Name { get; init; }

    /// <summary>Absolute project directory: relative paths in the files are resolved against it.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>Absolute paths of the compose files, in load order.</summary>
    public ImmutableArray<string> ConfigFiles { get; init; } = [];

    /// <summary>Absolute paths of the env files the variables came from (<c>--env-file</c>, <c>COMPOSE_ENV_FILES</c>, or an existing <c>.env</c>).</summary>
    public ImmutableArray<string> EnvironmentFiles { get; init; } = [];

    public ImmutableSortedDictionary<string, Service> Services { get; init; } = ModelMaps.Empty<Service>();

    /// <summary>
    /// Services the files define but whose profiles are not active: not in <see cref="Services"/>, yet their containers
    /// belong to the project (they are not orphans, and <c>down</c> removes them).
    /// </summary>
    public ImmutableSortedSet<string> DisabledServices { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    public ImmutableSortedDictionary<string, Network> Networks { get; init; } = ModelMaps.Empty<Network>();

    public ImmutableSortedDictionary<string, Volume> Volumes { get; init; } = ModelMaps.Empty<Volume>();

    public ImmutableSortedDictionary<string, FileObject> Secrets { get; init; } = ModelMaps.Empty<FileObject>();

    public ImmutableSortedDictionary<string, FileObject> Configs { get; init; } = ModelMaps.Empty<FileObject>();

    public ImmutableSortedDictionary<string, ModelDefinition> Models { get; init; } = ModelMaps.Empty<ModelDefinition>();

    /// <summary>Top-level <c>x-*</c> extension fields, kept as plain data.</summary>
    public ImmutableSortedDictionary<string, object?> Extensions { get; init; } = ModelMaps.Empty<object?>();

    /// <summary>
    /// The variables the project was loaded with (the shell over <c>.env</c>): the values of secrets and configs
    /// declared with <c>environment:</c> come from here at <c>up</c>. Never printed.
    /// </summary>
    public ImmutableSortedDictionary<string, string> Environment { get; init; } = ModelMaps.Empty<string>();

    public Service GetService(string name) =>
        Services.TryGetValue(name, out var service)
            ? service
            : throw new Errors.NoSuchServiceException(name, Services.Keys);
}
