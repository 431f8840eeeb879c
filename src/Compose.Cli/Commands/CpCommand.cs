using System.CommandLine;
using Compose.Operations.Exec;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>cp SERVICE:SRC DEST</c> and <c>cp SRC SERVICE:DEST</c>: copy files and directories between a service container
/// and the local filesystem with docker cp's rules (into an existing directory, or renamed to a new path; <c>-</c>
/// streams a tar).
/// </summary>
public sealed class CpCommand : ICliCommand
{
    private readonly Option<bool> _archive = new("--archive", "-a") { Description = "Archive mode (copy all uid/gid information)" };
    private readonly Option<bool> _followLink = new("--follow-link", "-L") { Description = "Always follow symbol link in SRC_PATH" };
    private readonly Option<int?> _index = new("--index") { Description = "Index of the container if service has multiple replicas", HelpName = "N" };
    private readonly Argument<string> _source = new("SRC") { Description = "SERVICE:SRC_PATH or a local path (- for a tar on stdin)" };
    private readonly Argument<string> _destination = new("DEST") { Description = "SERVICE:DEST_PATH or a local path (- for a tar on stdout)" };

    public CpCommand()
    {
        Definition = new Command("cp", "Copy files/folders between a service container and the local filesystem") { _archive, _followLink, _index, _source, _destination };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var request = new CopyRequest
        {
            Source = CopyEndpoint.Parse(parseResult.GetRequiredValue(_source)),
            Destination = CopyEndpoint.Parse(parseResult.GetRequiredValue(_destination)),
            Index = parseResult.GetValue(_index),
            Archive = parseResult.GetValue(_archive),
            FollowLink = parseResult.GetValue(_followLink),
            WorkingDirectory = context.Environment.WorkingDirectory,
            Input = context.Environment.Input,
            Output = context.Environment.OutputStream,
        };
        CopyOperation.Check(request);
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        await new CopyOperation(context.Session).CopyAsync(scope, request, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
