using System.Runtime.CompilerServices;
using System.Text;
using CliWrap;
using CliWrap.Buffered;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images.Build;
using Compose.Runtime.Native.Images.Reference;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// Pushes an image from the store with <c>skopeo copy oci:&lt;root&gt;/images:NAME docker://NAME</c>: skopeo reads the
/// store's OCI layout as it is and already speaks the upload half of the distribution API (chunked uploads,
/// cross-repository mounts), which composectl would otherwise have to write for this one verb. Credentials from
/// config.json travel in a private auth file, never on the command line; loopback registries go without TLS checks.
/// </summary>
internal sealed class SkopeoPusher(StoreServices store, Func<string, CancellationToken, Task<RegistryAuthDto?>> credentials)
{
    public async IAsyncEnumerable<ImageProgress> PushAsync(string reference, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var name = ImageName.Parse(reference).Normalized;
        if (ExternalTool.Find("skopeo") is null)
        {
            throw new RuntimeCapabilityException("native", "push images without skopeo", "install it ('apt-get install skopeo', or 'scripts/bootstrap --native'), or push with --runtime docker");
        }

        yield return new ImageProgress { Status = $"The push refers to repository [{name.FamiliarRepository}]" };
        var work = store.Layout.NewTemporaryPath("push");
        Directory.CreateDirectory(work);
        try
        {
            var digest = await CopyAsync(name, work, cancellationToken).ConfigureAwait(false);
            yield return new ImageProgress { Status = $"{name.Tag ?? name.Digest}: digest: {digest}" };
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<string> CopyAsync(ImageName name, string work, CancellationToken cancellationToken)
    {
        var (authFile, digestFile) = (Path.Combine(work, "auth.json"), Path.Combine(work, "digest"));
        await WriteAuthFileAsync(name.Domain, authFile, cancellationToken).ConfigureAwait(false);
        List<string> arguments = ["copy", "--quiet", "--authfile", authFile, "--digestfile", digestFile];
        if (RegistryEndpoint.IsInsecureAllowed(name.Domain))
        {
            arguments.Add("--dest-tls-verify=false");
        }

        arguments.AddRange([$"oci:{store.Layout.Directory}:{name}", $"docker://{name}"]);
        using var adding = await store.AddingContentAsync(cancellationToken).ConfigureAwait(false);
        var result = await Cli.Wrap("skopeo").WithArguments(arguments).WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            var message = result.StandardError.Trim();
            var resource = $"{name.Familiar} to registry {name.Domain}";
            throw message.Contains("unauthorized", StringComparison.OrdinalIgnoreCase) || message.Contains("authentication required", StringComparison.OrdinalIgnoreCase)
                ? new RegistryUnauthorizedException("push image", resource, message)
                : message.Contains("no descriptor found", StringComparison.OrdinalIgnoreCase)
                    ? new ImageNotFoundException("push image", resource, $"No such image: {name.Familiar}")
                    : new ContainerRuntimeException("push image", resource, message);
        }

        return (await File.ReadAllTextAsync(digestFile, cancellationToken).ConfigureAwait(false)).Trim();
    }

    /// <summary>The registry's credentials as a containers auth.json, readable by this user only.</summary>
    private async Task WriteAuthFileAsync(string registry, string path, CancellationToken cancellationToken)
    {
        var auth = await credentials(registry, cancellationToken).ConfigureAwait(false);
        var entry = auth is { Username.Length: > 0 }
            ? $"{{\"auth\":\"{Convert.ToBase64String(Encoding.UTF8.GetBytes($"{auth.Username}:{auth.Password}"))}\"}}"
            : auth is { IdentityToken.Length: > 0 } ? $"{{\"identitytoken\":{System.Text.Json.JsonSerializer.Serialize(auth.IdentityToken, Oci.OciJsonContext.Default.String)}}}" : null;
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new FileStream(path, options);
        await file.WriteAsync(Encoding.UTF8.GetBytes(entry is null ? "{\"auths\":{}}" : $"{{\"auths\":{{\"{registry}\":{entry}}}}}"), cancellationToken).ConfigureAwait(false);
    }
}
