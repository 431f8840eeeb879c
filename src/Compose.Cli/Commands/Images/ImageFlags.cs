using System.CommandLine;
using Compose.Errors;
using Compose.Images;

namespace Compose.Cli.Commands.Images;

/// <summary><c>--build</c>, <c>--no-build</c>, <c>--pull</c>, <c>--quiet-pull</c> and <c>--quiet-build</c> of <c>up</c>, <c>create</c>, <c>plan up</c> and <c>run</c>.</summary>
internal sealed class ImageFlags
{
    public Option<bool> Build { get; } = new("--build") { Description = "Build images before starting containers" };
    public Option<bool> NoBuild { get; } = new("--no-build") { Description = "Don't build an image, even if it's policy" };
    public Option<string?> Pull { get; } = new("--pull") { Description = "Pull image before running (\"always\"|\"missing\"|\"never\"|\"build\")", HelpName = "POLICY" };
    public Option<bool> QuietPull { get; } = new("--quiet-pull") { Description = "Pull without printing progress information" };
    public Option<bool> QuietBuild { get; } = new("--quiet-build") { Description = "Suppress the build output" };

    /// <summary>Adds the flags; <c>run</c> has no <c>--no-build</c> nor <c>--quiet-build</c>.</summary>
    public void AddTo(Command command, bool noBuild = true)
    {
        command.Add(Build);
        if (noBuild)
        {
            command.Add(NoBuild);
            command.Add(QuietBuild);
        }

        command.Add(Pull);
        command.Add(QuietPull);
    }

    public ImageOptions Parse(ParseResult parseResult)
    {
        var options = new ImageOptions
        {
            Build = parseResult.GetValue(Build),
            NoBuild = parseResult.GetValue(NoBuild),
            Pull = ParsePolicy(parseResult.GetValue(Pull)),
            QuietPull = parseResult.GetValue(QuietPull),
            BuildOverrides = BuildOverrides.None with { Quiet = parseResult.GetValue(QuietBuild) },
        };
        return options.Build && options.NoBuild ? throw new UsageException("--build and --no-build are incompatible") : options;
    }

    /// <summary><c>policy</c> (or nothing) keeps each service's own <c>pull_policy</c>.</summary>
    private static PullPolicy? ParsePolicy(string? value) => value switch
    {
        null or "policy" => null,
        "always" or "missing" or "never" or "build" => PullPolicy.Parse(value, "--pull"),
        _ => throw new UsageException($"invalid --pull value '{value}': use always, missing, never, build or policy"),
    };
}
