using Compose.Runtime;

namespace Compose.TestSupport.Fakes;

/// <summary>Hands every command the same runtime (a fake), whatever driver is asked for.</summary>
public sealed class FixedRuntimeFactory(IContainerRuntime runtime) : IRuntimeFactory
{
    public IContainerRuntime Create(RuntimeOptions options) => runtime;
}
