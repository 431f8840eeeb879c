using Compose.Runtime.Native.Containers;
using Compose.Runtime.Native.Events;
using Compose.Runtime.Native.Images;
using Compose.Runtime.Native.Networking;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;
using Compose.Runtime.Native.Supervision;
using Compose.Runtime.Native.Volumes;

namespace Compose.Runtime.Native;

/// <summary>The parts of the native driver, made once per driver instance and shared by its collaborators.</summary>
internal sealed class NativeServices
{
    public NativeServices(NativeRoot root, INativeImageStore images, NativeTools tools, SupervisorCommand supervisor, TimeProvider time)
    {
        Root = root;
        Images = images;
        Tools = tools;
        Time = time;
        Runner = new ToolRunner();
        Store = new StateStore(root);
        GroupLocks = new GroupLocks(root);
        Events = new EventLog(root, time);
        Runc = new RuncClient(tools, root, Runner);
        Conmon = new ConmonLauncher(tools, Runc);
        Netavark = new NetavarkClient(tools, root, Runner);
        Namespaces = new NetworkNamespaces(tools, Runner);
        Bridges = new BridgeAddressPin(tools, Runner);
        Addresses = new IpAllocator(Store);
        Networks = new NativeNetworks(Store, Addresses, new FirewallJanitor(tools, Runner, Netavark), time);
        Volumes = new NativeVolumes(Store, time);
        Mounts = new MountResolver(Volumes, Runner);
        Devices = new DeviceResolver(Runner);
        Supervisors = new SupervisorLauncher(root, supervisor, Runner);
        Janitor = new GroupStateJanitor(Store, GroupLocks, Supervisors);
    }

    public NativeRoot Root { get; }
    public INativeImageStore Images { get; }
    public NativeTools Tools { get; }
    public TimeProvider Time { get; }
    public ToolRunner Runner { get; }
    public StateStore Store { get; }
    public BridgeAddressPin Bridges { get; }
    public GroupLocks GroupLocks { get; }
    public EventLog Events { get; }
    public RuncClient Runc { get; }
    public ConmonLauncher Conmon { get; }
    public NetavarkClient Netavark { get; }
    public NetworkNamespaces Namespaces { get; }
    public IpAllocator Addresses { get; }
    public NativeNetworks Networks { get; }
    public NativeVolumes Volumes { get; }
    public MountResolver Mounts { get; }
    public DeviceResolver Devices { get; }
    public SupervisorLauncher Supervisors { get; }
    public GroupStateJanitor Janitor { get; }

    public ContainerPaths Paths(string id) => new(Root, id);
}
