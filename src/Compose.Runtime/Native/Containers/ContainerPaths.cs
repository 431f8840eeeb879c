namespace Compose.Runtime.Native.Containers;

/// <summary>Where one container's files are: its bundle (config.json), log, generated <c>/etc</c> files under the state root; its pid files, exit file and attach sockets under the run directory.</summary>
internal sealed class ContainerPaths(NativeRoot root, string id)
{
    public string Id { get; } = id;
    public string Directory { get; } = Path.Combine(root.Containers, id);
    public string Bundle => Path.Combine(Directory, "bundle");
    public string Config => Path.Combine(Bundle, "config.json");
    public string Log => Path.Combine(Directory, "ctr.log");
    public string Hosts => Path.Combine(Directory, "hosts");
    public string ResolvConf => Path.Combine(Directory, "resolv.conf");
    public string Hostname => Path.Combine(Directory, "hostname");
    public string Run { get; } = Path.Combine(root.RunDirectory, "containers", id);
    public string Pidfile => Path.Combine(Run, "pid");
    public string ConmonPidfile => Path.Combine(Run, "conmon.pid");
    public string Sockets => Path.Combine(root.RunDirectory, "sockets");
    public string ExitDirectory { get; } = Path.Combine(root.RunDirectory, "exits");
    public string ExitFile => Path.Combine(ExitDirectory, Id);
}
