using System.Text.Json;
using CliWrap;
using CliWrap.Buffered;

namespace Compose.Tests.Conversion;

/// <summary>
/// tests/k8s-validate/validate.mjs (node with the kubernetes-models package, installed by
/// <c>scripts/bootstrap --k8s-tools</c>), run through CliWrap. When node or the packages are missing, the tests that
/// need it skip with the reason, unless <c>COMPOSE_TEST_REQUIRE_DOCKER=1</c> or <c>CI</c> is set: then they run and fail.
/// </summary>
public static class KubernetesValidator
{
    public sealed record ObjectResult(string File, string? Kind, string? Name, bool Ok, IReadOnlyList<string> Errors);

    public sealed record Run(int ExitCode, IReadOnlyList<ObjectResult> Objects, string Error);

    public static string ScriptDirectory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "k8s-validate");

    public static bool IsRequired =>
        Environment.GetEnvironmentVariable("COMPOSE_TEST_REQUIRE_DOCKER") == "1" || Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false";

    public static string? UnavailableReason => FindUnavailableReason();

    public static async Task<Run> ValidateAsync(params string[] paths)
    {
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException($"The Kubernetes schema validator is required here but unavailable: {reason}");
        }

        var result = await CliWrap.Cli.Wrap(NodePath!)
            .WithArguments(["validate.mjs", .. paths])
            .WithWorkingDirectory(ScriptDirectory)
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync();
        var objects = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();
        return new Run(result.ExitCode, objects, result.StandardError);
    }

    private static ObjectResult Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new ObjectResult(Text("file")!, Text("kind"), Text("name"), root.GetProperty("ok").GetBoolean(),
            [.. root.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)]);
    }

    private static string? NodePath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, "node"))
        .FirstOrDefault(File.Exists);

    private static string? FindUnavailableReason() =>
        NodePath is null ? "node is not on PATH"
        : !Directory.Exists(Path.Combine(ScriptDirectory, "node_modules", "kubernetes-models")) ? $"kubernetes-models is not installed in {ScriptDirectory}"
        : null;
}
