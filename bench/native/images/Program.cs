using System.Diagnostics;
using Compose.Runtime;
using Compose.Runtime.Native;
using Compose.Runtime.Native.Images;

// The native store's side of bench/native/images/run: one pull (download, verify, unpack) into a fresh state root.
//   pull REFERENCE ROOT   prints the milliseconds the pull took inside the process, and the layer count
if (args is not ["pull", var reference, var rootDirectory])
{
    Console.Error.WriteLine("usage: pull REFERENCE ROOT");
    return 2;
}

var root = new NativeRoot(Path.Combine(rootDirectory, "state"), Path.Combine(rootDirectory, "run"));
using var store = new NativeImageStore(new NativeImageStoreOptions { Root = root });
var clock = Stopwatch.StartNew();
var layers = 0;
await foreach (var progress in store.PullAsync(new ImagePullRequest(reference), CancellationToken.None))
{
    layers += progress.Status == "Pull complete" ? 1 : 0;
}

Console.WriteLine($"{clock.ElapsedMilliseconds} {layers}");
return 0;
