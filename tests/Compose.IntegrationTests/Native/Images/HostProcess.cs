using System.Diagnostics;

namespace Compose.IntegrationTests.Native.Images;

/// <summary>Runs a host tool (skopeo, chroot, docker) for a test and returns its output, failing with its stderr.</summary>
public static class HostProcess
{
    public static async Task<string> RunAsync(params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        command.Skip(1).ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command[0]}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{string.Join(' ', command)} exited with {process.ExitCode}: {await error}");
    }
}
