using System.CommandLine;
using Compose.Cli.Formatting;
using Compose.Observing;
using Compose.Operations.Queries;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary><c>images</c>: the images the project's containers were created from.</summary>
public sealed class ImagesCommand : ICliCommand
{
    private static readonly RowPrinter Printer = new(
        "table {{.ContainerName}}\t{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.Size}}",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["ContainerName"] = "CONTAINER", ["ID"] = "IMAGE ID" },
        jsonArray: true);

    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Only display IDs" };
    private readonly Option<string?> _format = new("--format") { Description = "Format the output: table, json or a TEMPLATE", HelpName = "FORMAT" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public ImagesCommand()
    {
        Definition = new Command("images", "List images used by the created containers") { _quiet, _format, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var queries = new ProjectQueries(context.Session);
        var containers = await queries.ServiceContainersAsync(scope, parseResult.GetValue(_services) ?? [], all: true, cancellationToken).ConfigureAwait(false);
        var images = await queries.ImagesAsync(containers.Select(c => c.ImageId), cancellationToken).ConfigureAwait(false);

        if (parseResult.GetValue(_quiet))
        {
            await context.Out.WriteAsync(string.Concat(containers.Select(c => c.ImageId).Distinct(StringComparer.Ordinal).Select(id => ShortId(id) + "\n"))).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var format = parseResult.GetValue(_format);
        var rows = containers.Select(c => format == "json" ? JsonRow(c, images.GetValueOrDefault(c.ImageId)) : Row(c, images.GetValueOrDefault(c.ImageId))).ToList();
        await context.Out.WriteAsync(Printer.Print(format, rows)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static List<KeyValuePair<string, object?>> Row(ContainerInfo container, ImageInfo? image)
    {
        var (repository, tag) = SplitReference(image?.RepoTags.FirstOrDefault() ?? container.Image);
        return
        [
            new("ID", ShortId(container.ImageId)),
            new("ContainerName", container.Name),
            new("Repository", repository),
            new("Tag", tag),
            new("Size", image is null ? "" : ByteSize.Decimal(image.Size)),
            new("Created", image?.Created),
        ];
    }

    /// <summary>docker compose's JSON: the full image id, the size in bytes, the platform, the creation time.</summary>
    private static List<KeyValuePair<string, object?>> JsonRow(ContainerInfo container, ImageInfo? image)
    {
        var (repository, tag) = SplitReference(image?.RepoTags.FirstOrDefault() ?? container.Image);
        return
        [
            new("ID", container.ImageId),
            new("ContainerName", container.Name),
            new("Repository", repository),
            new("Tag", tag),
            new("Platform", image?.Platform ?? ""),
            new("Size", image?.Size ?? 0),
            .. image is null ? Array.Empty<KeyValuePair<string, object?>>() : [new("Created", image.Created)],
        ];
    }

    /// <summary><c>registry:5000/app:1.2</c> → (<c>registry:5000/app</c>, <c>1.2</c>); no tag → <c>latest</c>.</summary>
    private static (string Repository, string Tag) SplitReference(string reference)
    {
        var withoutDigest = reference.Split('@')[0];
        var colon = withoutDigest.LastIndexOf(':');
        return colon > withoutDigest.LastIndexOf('/') ? (withoutDigest[..colon], withoutDigest[(colon + 1)..]) : (withoutDigest, "latest");
    }

    private static string ShortId(string id) => id.Replace("sha256:", "", StringComparison.Ordinal) is var hex && hex.Length > 12 ? hex[..12] : id;
}
