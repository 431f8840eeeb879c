using Compose.Errors;
using Compose.Runtime.Docker;
using Compose.Runtime.Docker.Swarm;
using Compose.Targets.Swarm;

namespace Compose.Cli.Commands.Swarm;

/// <summary>
/// The swarm client of one stack command: the manager is the engine every other command talks to (<c>DOCKER_HOST</c>,
/// the Docker context, else the default socket), reached through the runtime library's Swarm API client.
/// </summary>
internal sealed class SwarmSession : IAsyncDisposable
{
    private readonly DockerSwarmClient _client;

    public SwarmSession(CommandContext context, bool sendRegistryAuth = false)
    {
        _client = new DockerSwarmClient(DockerClientOptions.FromEnvironment(context.Environment.Variables) with { TimeProvider = context.Time }, sendRegistryAuth);
        Stack = new SwarmStack(_client, context.Progress, context.Time);
    }

    public SwarmStack Stack { get; }

    /// <summary>The stack a command acts on: the one named, else the project's name (<c>-p</c>, <c>name:</c>, the directory).</summary>
    public static async Task<string> StackNameAsync(CommandContext context, string? named, CancellationToken cancellationToken) =>
        named is { Length: > 0 } ? Validate(named) : (await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false)).Name;

    public static string Validate(string stack) =>
        stack.Trim().Trim('"', '\'').Length == 0 || stack.Any(c => char.IsWhiteSpace(c) || c is '/' or ':')
            ? throw new UsageException($"invalid stack name '{stack}': use letters, digits, '-', '_' and '.'.")
            : stack;

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
