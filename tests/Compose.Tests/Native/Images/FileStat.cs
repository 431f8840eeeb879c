using System.Diagnostics;

namespace Compose.Tests.Native.Images;

/// <summary>What <c>stat</c> says of a path without following links: owner, octal mode, mtime, type, device numbers, link count.</summary>
internal sealed record FileStat(string Owner, string Mode, long ModifiedSeconds, string Type, string Device, int Links)
{
    public static FileStat Of(string path)
    {
        var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true, RedirectStandardError = true, ArgumentList = { "-c", "%u:%g|%a|%Y|%F|%t,%T|%h", path } };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"stat {path}: {process.StandardError.ReadToEnd()}");
        var fields = output.Split('|');
        return new FileStat(fields[0], fields[1], long.Parse(fields[2]), fields[3], fields[4], int.Parse(fields[5]));
    }
}
