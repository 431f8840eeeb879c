using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker.Configuration;

/// <summary>
/// Asks a docker credential helper (<c>docker-credential-NAME get</c>, server address on stdin) for a registry's
/// credentials, as the docker CLI does. A missing helper or one that knows nothing of the server gives null.
/// </summary>
internal sealed class CredentialHelperRunner
{
    public async Task<RegistryAuthDto?> GetAsync(string helper, string server, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo($"docker-credential-{helper}", "get")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            await process.StandardInput.WriteAsync(server).ConfigureAwait(false);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            _ = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return process.ExitCode == 0 ? Parse(await output.ConfigureAwait(false), server) : null;
        }
    }

    private static RegistryAuthDto? Parse(string output, string server)
    {
        try
        {
            using var document = JsonDocument.Parse(output);
            var root = document.RootElement;
            var username = root.TryGetProperty("Username", out var u) ? u.GetString() : null;
            var secret = root.TryGetProperty("Secret", out var s) ? s.GetString() : null;
            // The helpers' convention: a user named "<token>" means the secret is an identity token.
            return username == "<token>"
                ? new RegistryAuthDto { IdentityToken = secret, ServerAddress = server }
                : new RegistryAuthDto { Username = username, Password = secret, ServerAddress = server };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
