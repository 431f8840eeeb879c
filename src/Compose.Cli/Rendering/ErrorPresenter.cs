using System.CommandLine;
using Compose.Errors;
using Compose.Runtime.Errors;

namespace Compose.Cli.Rendering;

/// <summary>
/// The one place errors become text and exit codes: user errors print their message (exit 1), usage errors the
/// command's usage line (exit 2), interruptions exit 130, anything else is a bug (exit 70, stack trace with --verbose).
/// </summary>
public static class ErrorPresenter
{
    public static int Present(TextWriter error, Exception exception, ParseResult parseResult, bool interrupted, bool verbose)
    {
        switch (exception)
        {
            case OperationCanceledException when interrupted:
                error.WriteLine("Interrupted.");
                return ExitCodes.Interrupted;
            case UsageException usage:
                error.WriteLine($"Error: {usage.Message}");
                WriteUsage(error, parseResult);
                return ExitCodes.Usage;
            case ComposeException or ContainerRuntimeException:
                error.WriteLine($"Error: {exception.Message}");
                if (verbose)
                {
                    error.WriteLine(exception);
                }

                return ExitCodes.Failure;
            default:
                error.WriteLine($"Internal error (this is a bug in composectl, please report it): {exception.GetType().Name}: {exception.Message}");
                error.WriteLine(verbose ? exception.ToString() : "Run again with --verbose to see the stack trace.");
                return ExitCodes.Internal;
        }
    }

    public static int PresentUsage(TextWriter error, ParseResult parseResult)
    {
        if (UsageMessages.UnknownCommand(parseResult) is { } unknown)
        {
            error.WriteLine($"Error: {unknown}");
            WriteUsage(error, parseResult);
            return ExitCodes.Usage;
        }

        foreach (var parseError in parseResult.Errors)
        {
            error.WriteLine($"Error: {UsageMessages.Clean(parseError.Message)}");
        }

        WriteUsage(error, parseResult);
        return ExitCodes.Usage;
    }

    private static void WriteUsage(TextWriter error, ParseResult parseResult)
    {
        var path = string.Join(' ', CommandPath(parseResult));
        error.WriteLine($"Usage:  {path} [OPTIONS]{(path == "composectl" ? " COMMAND" : "")}");
        error.WriteLine($"Run '{path} --help' for more information.");
    }

    private static IEnumerable<string> CommandPath(ParseResult parseResult)
    {
        var names = new Stack<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Push(result.Parent is null ? "composectl" : result.Command.Name);
        }

        return names;
    }
}
