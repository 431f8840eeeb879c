namespace Compose.Runtime;

/// <summary>Makes the driver a command runs on: the one seam through which anything above the runtime library gets one.</summary>
public interface IRuntimeFactory
{
    IContainerRuntime Create(RuntimeOptions options);
}
