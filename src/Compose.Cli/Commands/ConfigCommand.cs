using System.CommandLine;
using Compose.Output;

namespace Compose.Cli.Commands;

/// <summary><c>config</c>: print the loaded, normalized model (YAML by default, or JSON).</summary>
public sealed class ConfigCommand : ICliCommand
{
    private readonly Option<string> _format = new("--format") { Description = "Format the output. Values: [yaml | json]", DefaultValueFactory = _ => "yaml" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Only validate the configuration, don't print anything" };
    private readonly Option<bool> _services = new("--services") { Description = "Print the service names, one per line" };

    public ConfigCommand()
    {
        _format.AcceptOnlyFromAmong("yaml", "json");
        Definition = new Command("config", "Parse, resolve and render compose file in canonical format") { _format, _quiet, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        if (parseResult.GetValue(_quiet))
        {
            return ExitCodes.Success;
        }

        if (parseResult.GetValue(_services))
        {
            foreach (var name in project.Services.Keys)
            {
                await context.Out.WriteLineAsync(name).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }

        var document = ProjectDocument.From(project);
        var text = parseResult.GetValue(_format) == "json" ? JsonOutput.Write(document) : YamlOutput.Write(document);
        await context.Out.WriteAsync(text).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
