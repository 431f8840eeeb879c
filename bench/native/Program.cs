using System.Collections.Immutable;
using Compose.Execution;
using Compose.IntegrationTests.Native;
using Compose.Loading;
using Compose.Planning;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.Supervision;
using Compose.Targets.Engine;

// native-bench up|down PROJECT DIRECTORY: what `composectl --runtime native up -d` / `down -v` do, in one process.
// The state root is COMPOSE_NATIVE_ROOT (and _RUN_ROOT); supervisors run BENCH_COMPOSECTL __native-supervise.
if (args is not [var verb and ("up" or "down"), var name, var directory])
{
    Console.Error.WriteLine("usage: native-bench up|down PROJECT DIRECTORY");
    return 2;
}

var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
    .ToImmutableDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
var root = NativeRuntimeFactory.RootFrom(environment);
var images = await BusyboxImageStore.CreateAsync(Path.Combine(root.StateDirectory, "bench-busybox"), CancellationToken.None);
var supervisor = new SupervisorCommand(environment.GetValueOrDefault("BENCH_COMPOSECTL", "composectl"), []);
await using var runtime = new NativeRuntime(new NativeEngine(root, images, NativeTools.Debian, supervisor, TimeProvider.System), images);
var project = (await ProjectLoader.LoadAsync(new LoadRequest { WorkingDirectory = directory, Environment = environment, ProjectName = name }, CancellationToken.None)).Project;
var target = new EngineTarget(runtime, new NullProgressSink());
if (verb == "up")
{
    await target.UpAsync(project, new UpOptions(), CancellationToken.None);
}
else
{
    await target.DownAsync(project, new DownOptions { RemoveVolumes = true }, CancellationToken.None);
}

return 0;
