using System.CommandLine;
using Compose.Errors;
using Compose.Operations.Exec;

namespace Compose.Cli.Commands;

/// <summary><c>export SERVICE</c>: a service container's whole filesystem as a tar archive, to a file or stdout.</summary>
public sealed class ExportCommand : ICliCommand
{
    private readonly Option<int?> _index = new("--index") { Description = "Index of the container if service has multiple replicas", HelpName = "N" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write to a file, instead of STDOUT", HelpName = "FILE" };
    private readonly Argument<string> _service = new(ServiceArguments.Name) { Description = "The service" };

    public ExportCommand()
    {
        Definition = new Command("export", "Export a service container's filesystem as a tar archive") { _index, _output, _service };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.GetValue(_output);
        if (output is null && context.Environment.OutIsTerminal)
        {
            // A tar on a terminal is noise that can garble it: docker refuses too.
            throw new ComposeException("refusing to write a tar archive to a terminal; use -o FILE or redirect the output.");
        }

        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var (service, index) = (parseResult.GetRequiredValue(_service), parseResult.GetValue(_index));
        var export = new ContainerImageOperation(context.Session);
        if (output is null)
        {
            var stdout = context.Environment.OutputStream ?? throw new ComposeException("export without -o needs a standard output stream.");
            await export.ExportAsync(scope, service, index, stdout, cancellationToken).ConfigureAwait(false);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        // Written beside the target, then moved: a failed export leaves no truncated archive under the asked name.
        var path = Path.GetFullPath(output, context.Environment.WorkingDirectory);
        var partial = path + ".partial";
        try
        {
            await using (var file = File.Create(partial))
            {
                await export.ExportAsync(scope, service, index, file, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        return ExitCodes.Success;
    }
}
