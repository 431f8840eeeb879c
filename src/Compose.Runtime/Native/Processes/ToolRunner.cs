using System.Text;
using CliWrap;
using CliWrap.Buffered;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Processes;

/// <summary>
/// Runs one of the driver's programs to completion and returns its output; a non-zero exit is a
/// <see cref="ContainerRuntimeException"/> that carries what was tried, on what, and the program's own message.
/// </summary>
internal sealed class ToolRunner
{
    public async Task<string> RunAsync(ToolCall call, CancellationToken cancellationToken)
    {
        var result = await ExecuteAsync(call, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw Failure(call, result);
        }

        return result.StandardOutput;
    }

    /// <summary>Runs the program and returns its result whatever the exit code (for callers that judge it themselves).</summary>
    public async Task<BufferedCommandResult> ExecuteAsync(ToolCall call, CancellationToken cancellationToken)
    {
        var command = Cli.Wrap(call.Program)
            .WithArguments(call.Arguments)
            .WithValidation(CommandResultValidation.None);
        if (call.Input is { } input)
        {
            command = command.WithStandardInputPipe(PipeSource.FromString(input, Encoding.UTF8));
        }

        if (call.Environment is { Count: > 0 } environment)
        {
            command = command.WithEnvironmentVariables(environment);
        }

        return await command.ExecuteBufferedAsync(Encoding.UTF8, cancellationToken).ConfigureAwait(false);
    }

    public static ContainerRuntimeException Failure(ToolCall call, BufferedCommandResult result)
    {
        var message = FirstNonEmpty(result.StandardError, result.StandardOutput)
            ?? $"{Path.GetFileName(call.Program)} exited with code {result.ExitCode}";
        return message.Contains("does not exist", StringComparison.OrdinalIgnoreCase)
            ? new ResourceNotFoundException(call.Operation, call.Resource, message)
            : new ContainerRuntimeException(call.Operation, call.Resource, message);
    }

    private static string? FirstNonEmpty(params string[] texts) =>
        texts.Select(t => t.Trim()).FirstOrDefault(t => t.Length > 0);
}
