using System.CommandLine;
using Compose.Operations.Exec;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary><c>commit SERVICE [REPOSITORY[:TAG]]</c>: an image of a service container's changes; prints its id.</summary>
public sealed class CommitCommand : ICliCommand
{
    private readonly Option<string?> _author = new("--author", "-a") { Description = "Author (e.g., \"John Hannibal Smith <hannibal@a-team.com>\")", HelpName = "AUTHOR" };
    private readonly Option<string[]> _change = new("--change", "-c") { Description = "Apply Dockerfile instruction to the created image", HelpName = "INSTRUCTION" };
    private readonly Option<int?> _index = new("--index") { Description = "Index of the container if service has multiple replicas", HelpName = "N" };
    private readonly Option<string?> _message = new("--message", "-m") { Description = "Commit message", HelpName = "MESSAGE" };
    private readonly Option<bool> _pause = new("--pause") { Description = "Pause container during commit (-p is the project name here, as everywhere)", DefaultValueFactory = _ => true };
    private readonly Argument<string> _service = new(ServiceArguments.Name) { Description = "The service" };
    private readonly Argument<string?> _reference = new("REPOSITORY[:TAG]") { Arity = ArgumentArity.ZeroOrOne, Description = "The new image's name" };

    public CommitCommand()
    {
        Definition = new Command("commit", "Create a new image from a service container's changes") { _author, _change, _index, _message, _pause, _service, _reference };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var (repository, tag) = Split(parseResult.GetValue(_reference));
        var spec = new ContainerCommitSpec
        {
            Repository = repository,
            Tag = tag,
            Comment = parseResult.GetValue(_message),
            Author = parseResult.GetValue(_author),
            Changes = [.. parseResult.GetValue(_change) ?? []],
            Pause = parseResult.GetValue(_pause),
        };
        var id = await new ContainerImageOperation(context.Session).CommitAsync(scope, parseResult.GetRequiredValue(_service), parseResult.GetValue(_index), spec, cancellationToken).ConfigureAwait(false);
        await context.Out.WriteLineAsync(id).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary><c>registry:5000/app:1</c> is <c>registry:5000/app</c> and <c>1</c>: a tag is a colon after the last slash.</summary>
    private static (string? Repository, string? Tag) Split(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return (null, null);
        }

        var colon = reference.LastIndexOf(':');
        return colon > reference.LastIndexOf('/') ? (reference[..colon], reference[(colon + 1)..]) : (reference, null);
    }
}
