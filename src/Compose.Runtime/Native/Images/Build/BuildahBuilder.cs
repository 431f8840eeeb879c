using System.Runtime.CompilerServices;
using System.Formats.Tar;
using CliWrap;
using CliWrap.EventStream;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images.Archives;
using Compose.Runtime.Native.Images.Reference;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Build;

/// <summary>
/// Builds with <c>buildah bud</c> in its own storage under the state root (kept, so its layer cache speeds rebuilds),
/// chroot isolation (no network namespace or OCI runtime needed for RUN steps) and <c>--pull=never</c>: base images
/// come from the native store (pulled into it first when missing, with its credentials) and are copied into
/// buildah's storage with skopeo. The result is pushed as an OCI layout and imported into the store.
/// </summary>
internal sealed class BuildahBuilder(StoreServices store, NativeRoot root, BuildBaseImages bases)
{
    private string StorageArguments => $"--root {root.StateDirectory}/buildah --runroot {root.RunDirectory}/buildah --storage-driver overlay";

    public static bool IsAvailable => ExternalTool.Find("buildah") is not null && ExternalTool.Find("skopeo") is not null;

    public async IAsyncEnumerable<ImageProgress> BuildAsync(ImageBuildSpec spec, Stream contextTar, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var image = spec.Tags.FirstOrDefault() ?? "image";
        if (!IsAvailable)
        {
            throw new RuntimeCapabilityException("native", "build images without buildah",
                "install it ('apt-get install buildah skopeo', or 'scripts/bootstrap --native'), or build with --runtime docker");
        }

        store.Layout.EnsureCreated();
        var work = store.Layout.NewTemporaryPath("build");
        var (context, output, iidFile) = (Path.Combine(work, "context"), Path.Combine(work, "out"), Path.Combine(work, "iid"));
        Directory.CreateDirectory(context);
        try
        {
            if (spec.RemoteContext is null)
            {
                await TarFile.ExtractToDirectoryAsync(contextTar, context, overwriteFiles: true, cancellationToken).ConfigureAwait(false);
                await foreach (var progress in bases.PrepareAsync(spec, Path.Combine(context, spec.Dockerfile), StorageArguments, cancellationToken).ConfigureAwait(false))
                {
                    yield return progress;
                }
            }

            await foreach (var line in RunAsync(image, BudArguments(spec, spec.RemoteContext ?? context, iidFile), cancellationToken).ConfigureAwait(false))
            {
                yield return new ImageProgress { Output = line + "\n" };
            }

            var id = (await File.ReadAllTextAsync(iidFile, cancellationToken).ConfigureAwait(false)).Trim();
            await foreach (var _ in RunAsync(image, ["push", "--quiet", id, $"oci:{output}:build"], cancellationToken).ConfigureAwait(false))
            {
            }

            var names = spec.Tags.Select(t => ImageName.Parse(t).Normalized.ToString()).ToList();
            var loaded = await new ArchiveLoader(store).ImportLayoutAsync(output, names, cancellationToken).ConfigureAwait(false);
            yield return new ImageProgress { ImageId = loaded[0].Id, Output = $"Successfully built {Oci.Digest.Short(loaded[0].Id)}\n" };
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private List<string> BudArguments(ImageBuildSpec spec, string context, string iidFile)
    {
        var arguments = new List<string> { "bud", "--isolation", "chroot", "--layers", "--pull=never", "--iidfile", iidFile, "--file", spec.RemoteContext is null ? Path.Combine(context, spec.Dockerfile) : spec.Dockerfile };
        spec.Tags.ToList().ForEach(t => arguments.AddRange(["--tag", t]));
        spec.BuildArgs.ToList().ForEach(a => arguments.AddRange(["--build-arg", $"{a.Key}={a.Value}"]));
        spec.Labels.ToList().ForEach(l => arguments.AddRange(["--label", $"{l.Key}={l.Value}"]));
        spec.ExtraHosts.ToList().ForEach(h => arguments.AddRange(["--add-host", h]));
        AddIf(arguments, spec.Target, "--target");
        AddIf(arguments, spec.Platform, "--platform");
        AddIf(arguments, spec.NetworkMode is "host" or "none" ? spec.NetworkMode : null, "--network");
        AddIf(arguments, spec.ShmSize?.ToString(System.Globalization.CultureInfo.InvariantCulture), "--shm-size");
        if (spec.NoCache)
        {
            arguments.Add("--no-cache");
        }

        arguments.Add(context);
        return arguments;
    }

    /// <summary>
    /// Short names (<c>FROM busybox</c>) resolve to Docker Hub as docker resolves them, whatever the host's
    /// registries.conf says; buildah never pulls here anyway (<c>--pull=never</c>).
    /// </summary>
    private string RegistriesConfiguration()
    {
        var path = Path.Combine(root.StateDirectory, "buildah", "registries.conf");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "unqualified-search-registries = [\"docker.io\"]\nshort-name-mode = \"permissive\"\n");
        }

        return path;
    }

    private static void AddIf(List<string> arguments, string? value, string flag)
    {
        if (!string.IsNullOrEmpty(value))
        {
            arguments.AddRange([flag, value]);
        }
    }

    /// <summary>Runs buildah with the store's storage flags, yielding its output lines; a failure is the last lines of it.</summary>
    private async IAsyncEnumerable<string> RunAsync(string image, IEnumerable<string> arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var command = Cli.Wrap("buildah")
            .WithArguments([.. StorageArguments.Split(' '), .. arguments])
            .WithEnvironmentVariables(e => e.Set("CONTAINERS_REGISTRIES_CONF", RegistriesConfiguration()))
            .WithValidation(CommandResultValidation.None);
        var tail = new Queue<string>();
        await foreach (var commandEvent in command.ListenAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (commandEvent)
            {
                case StandardOutputCommandEvent output:
                    yield return output.Text;
                    break;
                case StandardErrorCommandEvent error:
                    tail.Enqueue(error.Text);
                    if (tail.Count > 20)
                    {
                        tail.Dequeue();
                    }

                    yield return error.Text;
                    break;
                case ExitedCommandEvent { ExitCode: not 0 } exited:
                    throw new ImageBuildFailedException("build image", image, $"buildah exited with {exited.ExitCode}: {string.Join('\n', tail)}");
            }
        }
    }
}
