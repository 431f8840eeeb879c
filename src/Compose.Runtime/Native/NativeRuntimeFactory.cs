using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.Supervision;

namespace Compose.Runtime.Native;

/// <summary>
/// Makes the native driver for <c>--runtime native</c>: its state under <c>COMPOSE_NATIVE_ROOT</c> (default
/// <c>/var/lib/composectl</c>) and <c>COMPOSE_NATIVE_RUN_ROOT</c> (default <c>/run/composectl</c>), supervisors that
/// re-execute this composectl. The image half is <see cref="PendingNativeImages"/> until the native image store
/// is part of the build.
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

        var root = RootFrom(options.Environment);
        var images = new PendingNativeImages();
        return new NativeRuntime(new NativeEngine(root, images, tools, SupervisorCommand.CurrentProcess(), options.Time), images);
    }

    public static NativeRoot RootFrom(IReadOnlyDictionary<string, string> environment) => new(
        environment.TryGetValue(RootVariable, out var state) && state.Length > 0 ? state : NativeRoot.Default.StateDirectory,
        environment.TryGetValue(RunRootVariable, out var run) && run.Length > 0 ? run : NativeRoot.Default.RunDirectory);
}
