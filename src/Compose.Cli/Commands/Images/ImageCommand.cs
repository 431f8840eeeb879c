using System.CommandLine;
using Compose.Errors;
using Compose.Images;

namespace Compose.Cli.Commands.Images;

/// <summary>
/// <c>image load [-i FILE] [-q]</c>: beyond docker compose (which has no <c>image</c> command; <c>images</c> stays as
/// it is), <c>docker load</c> for whichever runtime is chosen, so the native runtime's store can get images without a
/// registry or an engine. Reads the archive from FILE, else from stdin, and prints <c>Loaded image: NAME</c> per name
/// (<c>Loaded image ID: sha256:…</c> for an untagged image), as <c>docker load</c> does. Needs no compose file.
/// </summary>
public sealed class ImageCommand : ICliCommand
{
    private readonly Option<string?> _input = new("--input", "-i") { Description = "Read from tar archive file, instead of STDIN", HelpName = "FILE" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Suppress the load progress (the Loaded image lines are printed, as docker load prints them; composectl shows no per-layer progress for loads)" };
    private readonly Command _load;

    public ImageCommand()
    {
        _load = new Command("load", "Load images from a 'docker save' or OCI archive (tar, plain or compressed) into the runtime's image store") { _input, _quiet };
        Definition = new Command("image", "Manage images of the selected runtime (beyond docker compose)") { _load };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (parseResult.CommandResult.Command != _load)
        {
            throw new UsageException("'image' needs a subcommand: composectl image load [-i FILE]");
        }

        // The archive is opened first: a wrong path or a terminal on stdin is refused before any engine is asked.
        await using var archive = await ImageArchive.OpenAsync(
            parseResult.GetValue(_input), context.Environment.WorkingDirectory, context.Environment.Input, context.Environment.InputIsTerminal, cancellationToken).ConfigureAwait(false);
        var loaded = await new ImageArchiveLoader(context.Images()).LoadAsync(archive, cancellationToken).ConfigureAwait(false);
        var lines = loaded.SelectMany(image => image.Names.IsDefaultOrEmpty ? [$"Loaded image ID: {image.Id}"] : image.Names.Select(name => $"Loaded image: {name}"));
        await context.Out.WriteAsync(string.Concat(lines.Select(line => line + "\n"))).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
