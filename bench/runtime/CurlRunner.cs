using System.Diagnostics;
using System.Text;

namespace Compose.Runtime.Bench;

/// <summary>
/// One curl process per workload, every request in a config file (<c>-K</c>), separated by <c>next</c> where the
/// method changes: curl keeps its connection to the socket across them, as a raw keep-alive HTTP client would.
/// </summary>
internal sealed class CurlRunner(string socket, string apiPrefix)
{
    public string InspectConfig(string id, int count)
    {
        var config = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            Request(config, "GET", $"/containers/{id}/json", body: null, next: i > 0);
        }

        return config.ToString();
    }

    public string CycleConfig(string prefix, int count, string label)
    {
        var config = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var name = $"{prefix}-{i}";
            var body = $"{{\"Image\":\"busybox:latest\",\"Cmd\":[\"sleep\",\"300\"],\"Labels\":{{\"{label}\":\"1\"}},\"HostConfig\":{{}}}}";
            Request(config, "POST", $"/containers/create?name={name}", body, next: i > 0);
            Request(config, "POST", $"/containers/{name}/start", body: null, next: true);
            Request(config, "DELETE", $"/containers/{name}?force=1&v=0", body: null, next: true);
        }

        return config.ToString();
    }

    public async Task RunAsync(string config, CancellationToken cancellationToken)
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, config, cancellationToken);
        try
        {
            var start = new ProcessStartInfo("curl") { RedirectStandardError = true, ArgumentList = { "-sS", "-K", path } };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start curl");
            var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"curl failed ({process.ExitCode}): {errors}");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private void Request(StringBuilder config, string method, string path, string? body, bool next)
    {
        if (next)
        {
            config.AppendLine("next");
        }

        // "next" resets every per-transfer option, the socket included: each request names all it needs.
        config.AppendLine($"unix-socket = \"{socket}\"");
        config.AppendLine($"url = \"http://localhost/{apiPrefix}{path}\"");
        config.AppendLine($"request = \"{method}\"");
        config.AppendLine("output = \"/dev/null\"");
        config.AppendLine("fail");
        if (body is not null)
        {
            config.AppendLine("header = \"Content-Type: application/json\"");
            config.AppendLine($"data = \"{body.Replace("\"", "\\\"")}\"");
        }
    }
}
