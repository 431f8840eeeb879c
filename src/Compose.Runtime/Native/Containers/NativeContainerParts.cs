namespace Compose.Runtime.Native.Containers;

/// <summary>The container collaborators, made once from the shared services (commands and the supervisor use the same ones).</summary>
internal sealed class NativeContainerParts
{
    public NativeContainerParts(NativeServices services)
    {
        Network = new ContainerNetwork(services);
        Exits = new ExitRecorder(services, Network);
        Collector = new ContainerCollector(services, Network);
        Creator = new ContainerCreator(services, Collector);
        Starter = new ContainerStarter(services, Network, Exits);
        Stopper = new ContainerStopper(services, Exits);
        Remover = new ContainerRemover(services, Exits, Stopper, Collector);
    }

    public ContainerNetwork Network { get; }
    public ExitRecorder Exits { get; }
    public ContainerCollector Collector { get; }
    public ContainerCreator Creator { get; }
    public ContainerStarter Starter { get; }
    public ContainerStopper Stopper { get; }
    public ContainerRemover Remover { get; }
}
