using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.Supervision;

namespace Compose.Runtime.Native;

/// <summary>
/// Makes the native driver for <c>--runtime native</c>: its state under <c>--root</c>, else <c>COMPOSE_NATIVE_ROOT</c> (default
/// <c>/var/lib/composectl</c>) and <c>COMPOSE_NATIVE_RUN_ROOT</c> (default <c>/run/composectl</c>), supervisors that
/// re-execute this composectl; images in the <see cref="NativeImageStore"/> under the same root, with the docker
/// CLI's registry credentials.
/// </summary>
public static class NativeRuntimeFactory
{
    public const string RootVariable = "COMPOSE_NATIVE_ROOT";
    public const string RunRootVariable = "COMPOSE_NATIVE_RUN_ROOT";

    public static IContainerRuntime Create(RuntimeOptions options)
    {
        var tools = NativeTools.Debian;
        if (NativeEngine.UnavailableReason(tools) is { } reason)
        {
            throw new ContainerRuntimeException("start the native runtime", null, reason);
        }

        var root = RootFrom(options.Environment, options.NativeRoot);
        var store = new NativeImageStore(new NativeImageStoreOptions { Root = root, DockerConfigDirectory = DockerConfigDirectory(options.Environment), Time = options.Time });
        return new NativeRuntime(new NativeEngine(root, store, tools, SupervisorCommand.CurrentProcess(), options.Time), new NativeImages(store));
    }

    /// <summary>Where the docker CLI keeps <c>config.json</c>: <c>DOCKER_CONFIG</c>, else <c>~/.docker</c>.</summary>
    private static string? DockerConfigDirectory(IReadOnlyDictionary<string, string> environment) =>
        environment.TryGetValue("DOCKER_CONFIG", out var configured) && configured.Length > 0 ? configured
        : environment.TryGetValue("HOME", out var home) && home.Length > 0 ? Path.Combine(home, ".docker")
        : null;

    /// <summary>
    /// The state directory: <paramref name="flag"/> (<c>--root</c>), else <c>COMPOSE_NATIVE_ROOT</c>, else the
    /// default, made absolute (the supervisor is handed it); the run directory: <c>COMPOSE_NATIVE_RUN_ROOT</c>, else the default.
    /// </summary>
    public static NativeRoot RootFrom(IReadOnlyDictionary<string, string> environment, string? flag = null) => new(
        Path.GetFullPath(flag is { Length: > 0 } ? flag
            : environment.TryGetValue(RootVariable, out var state) && state.Length > 0 ? state : NativeRoot.Default.StateDirectory),
        environment.TryGetValue(RunRootVariable, out var run) && run.Length > 0 ? run : NativeRoot.Default.RunDirectory);
}
