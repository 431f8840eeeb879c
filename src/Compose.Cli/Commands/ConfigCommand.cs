using System.CommandLine;
using Compose.Errors;
using Compose.Hashing;
using Compose.Loading;
using Compose.Loading.Interpolation;
using Compose.Model;
using Compose.Output;
using Compose.Planning;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>config</c>: print the loaded, normalized model (YAML by default, or JSON), or one list drawn from it
/// (<c>--services</c>, <c>--volumes</c>, <c>--networks</c>, <c>--profiles</c>, <c>--images</c>, <c>--hash</c>), or the
/// variables the files use (<c>--variables</c>). Resources no printed service uses are left out unless the global
/// <c>--all-resources</c> is given (before or after <c>config</c>).
/// </summary>
public sealed class ConfigCommand : ICliCommand
{
    private readonly Option<string> _format = new("--format") { Description = "Format the output. Values: [yaml | json]", DefaultValueFactory = _ => "yaml" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Only validate the configuration, don't print anything" };
    private readonly Option<bool> _services = new("--services") { Description = "Print the service names, one per line" };
    private readonly Option<bool> _volumes = new("--volumes") { Description = "Print the volume names, one per line" };
    private readonly Option<bool> _networks = new("--networks") { Description = "Print the network names, one per line" };
    private readonly Option<bool> _profiles = new("--profiles") { Description = "Print the profile names, one per line" };
    private readonly Option<bool> _images = new("--images") { Description = "Print the image names, one per line" };
    private readonly Option<string?> _hash = new("--hash") { Description = "Print the service config hash, one per line (\"svc1,svc2\" or \"*\")", HelpName = "SERVICES" };
    private readonly Option<bool> _noInterpolate = new("--no-interpolate") { Description = "Don't interpolate environment variables" };
    private readonly Option<bool> _variables = new("--variables") { Description = "Print model variables and default values" };
    private readonly Option<bool> _noConsistency = new("--no-consistency") { Description = "Don't check model consistency - warning: may produce invalid Compose output" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Save to file (default to stdout)", HelpName = "FILE" };
    private readonly Option<bool> _resolveDigests = new("--resolve-image-digests") { Description = "Pin image tags to digests (not supported yet)" };
    private readonly Argument<string[]> _serviceNames = ServiceArguments.Create();

    public ConfigCommand()
    {
        _format.AcceptOnlyFromAmong("yaml", "json");
        Definition = new Command("config", "Parse, resolve and render compose file in canonical format")
        {
            _format, _quiet, _services, _volumes, _networks, _profiles, _images, _hash, _noInterpolate, _variables, _noConsistency, _output, _resolveDigests, _serviceNames,
        };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(_resolveDigests))
        {
            throw new ComposeException("--resolve-image-digests is not supported yet; run config without it.");
        }

        if (parseResult.GetValue(_variables))
        {
            // As the files write them: nothing is interpolated or bound, so a missing required variable is listed, not an error.
            var files = await ProjectLoader.LocateFilesAsync(context.LoadRequest, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteAsync(VariablesOutput.Render(TemplateVariables.InFiles(files), parseResult.GetValue(_format) == "json")).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var interpolate = !parseResult.GetValue(_noInterpolate);
        var allProfiles = parseResult.GetValue(_profiles);
        var loaded = await context.LoadProjectAsync(cancellationToken, request => request with
        {
            Interpolate = interpolate,
            CheckConsistency = !parseResult.GetValue(_noConsistency),
            DiscardEnvFiles = true,
            Profiles = allProfiles ? ["*"] : request.Profiles,
        }).ConfigureAwait(false);
        if (parseResult.GetValue(_quiet))
        {
            return ExitCodes.Success;
        }

        var project = Select(loaded.Project, parseResult.GetValue(_serviceNames) ?? [], context.LoadRequest.AllResources);
        var text = Render(project, parseResult, interpolate);
        if (parseResult.GetValue(_output) is { } file)
        {
            await File.WriteAllTextAsync(Path.GetFullPath(file, context.Environment.WorkingDirectory), text, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await context.Out.WriteAsync(text).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>The first list flag given wins, in docker compose's order; else the whole model.</summary>
    private string Render(Project project, ParseResult parseResult, bool interpolated)
    {
        IEnumerable<string>? lines =
            parseResult.GetValue(_services) ? project.Services.Keys
            : parseResult.GetValue(_volumes) ? project.Volumes.Keys
            : parseResult.GetValue(_networks) ? project.Networks.Keys
            : parseResult.GetValue(_profiles) ? project.Services.Values.SelectMany(s => s.Profiles).Distinct().Order(StringComparer.Ordinal)
            : parseResult.GetValue(_images) ? project.Services.Values.Select(s => s.ImageName(project.Name))
            : parseResult.GetValue(_hash) is { } hash ? Hashes(project, hash)
            : null;
        if (lines is not null)
        {
            return string.Concat(lines.Select(line => line + "\n"));
        }

        var document = ProjectDocument.From(project, escapeDollars: interpolated);
        return parseResult.GetValue(_format) == "json" ? JsonOutput.Write(document) : YamlOutput.Write(document);
    }

    /// <summary>
    /// Named services and what they depend on; all when none are named. As in docker compose, the resources only
    /// the others use leave with them (unless <c>--all-resources</c>).
    /// </summary>
    private static Project Select(Project project, string[] names, bool allResources)
    {
        var selected = ServiceSelection.WithDependencies(project, names);
        var narrowed = project with { Services = ModelMaps.From(project.Services.Where(s => selected.Contains(s.Key))) };
        return allResources ? narrowed : UnusedResources.Drop(narrowed);
    }

    /// <summary><c>SERVICE HASH</c> lines for <c>*</c> or a comma-separated list of services.</summary>
    private static IEnumerable<string> Hashes(Project project, string selection)
    {
        var names = selection.Trim() == "*"
            ? project.Services.Keys
            : selection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Select(name => $"{name} {ConfigHash.Compute(project.GetService(name))}");
    }
}
