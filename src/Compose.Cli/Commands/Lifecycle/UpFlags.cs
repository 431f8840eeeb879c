using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Compose.Cli.Commands.Images;
using Compose.Errors;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>The flags <c>up</c>, <c>create</c> and <c>plan up</c> share, and how they become <see cref="UpOptions"/>.</summary>
internal sealed class UpFlags
{
    public Option<bool> ForceRecreate { get; } = new("--force-recreate") { Description = "Recreate containers even if their configuration and image haven't changed" };
    public Option<bool> NoRecreate { get; } = new("--no-recreate") { Description = "If containers already exist, don't recreate them. Incompatible with --force-recreate." };
    public Option<bool> AlwaysRecreateDeps { get; } = new("--always-recreate-deps") { Description = "Recreate dependent containers. Incompatible with --no-recreate." };
    public Option<bool> NoDeps { get; } = new("--no-deps") { Description = "Don't start linked services" };
    public Option<bool> RemoveOrphans { get; } = new("--remove-orphans") { Description = "Remove containers for services not defined in the Compose file" };
    public Option<bool> RenewAnonVolumes { get; } = new("--renew-anon-volumes", "-V") { Description = "Recreate anonymous volumes instead of retrieving data from the previous containers" };
    public Option<string[]> Scale { get; } = new("--scale") { Description = "Scale SERVICE to NUM instances. Overrides the scale setting in the Compose file if present.", HelpName = "SERVICE=NUM" };
    public Option<int?> Timeout { get; } = SecondsOption.Create("--timeout", "-t", "Use this timeout for container shutdown when containers are already running");
    public Argument<string[]> Services { get; } = ServiceArguments.Create();

    /// <summary>
    /// <c>-y/--yes</c>: docker compose asks before it recreates a volume whose definition changed; composectl never
    /// asks (it keeps the volume, with its data, and warns), so scripts passing the flag get the same run.
    /// </summary>
    public Option<bool> Yes { get; } = new("--yes", "-y") { Description = "Assume \"yes\" as answer to all prompts and run non-interactively (composectl never prompts)" };

    /// <summary><c>--build</c>, <c>--no-build</c>, <c>--pull</c>, <c>--quiet-pull</c>.</summary>
    public ImageFlags Images { get; } = new();

    /// <summary>Adds the flags; <c>create</c> has no <c>--no-deps</c>, <c>-V</c> or <c>-t</c>.</summary>
    public void AddTo(Command command, bool full = true)
    {
        command.Add(ForceRecreate);
        command.Add(NoRecreate);
        command.Add(RemoveOrphans);
        command.Add(Scale);
        command.Add(Yes);
        if (full)
        {
            command.Add(AlwaysRecreateDeps);
            command.Add(NoDeps);
            command.Add(RenewAnonVolumes);
            command.Add(Timeout);
        }

        Images.AddTo(command);
        command.Add(Services);
    }

    public UpOptions Parse(ParseResult parseResult, CommandContext context)
    {
        var options = new UpOptions
        {
            Services = [.. parseResult.GetValue(Services) ?? []],
            ForceRecreate = parseResult.GetValue(ForceRecreate),
            NoRecreate = parseResult.GetValue(NoRecreate),
            AlwaysRecreateDeps = parseResult.GetValue(AlwaysRecreateDeps),
            NoDeps = parseResult.GetValue(NoDeps),
            RemoveOrphans = parseResult.GetValue(RemoveOrphans) || context.RemoveOrphans,
            IgnoreOrphans = context.IgnoreOrphans,
            RenewAnonymousVolumes = parseResult.GetValue(RenewAnonVolumes),
            Scale = ParseScale(parseResult.GetValue(Scale) ?? []),
            Timeout = PlanRunner.Seconds(parseResult.GetValue(Timeout)),
        };
        if (options.ForceRecreate && options.NoRecreate)
        {
            throw new UsageException("--force-recreate and --no-recreate are incompatible");
        }

        if (options.AlwaysRecreateDeps && options.NoRecreate)
        {
            throw new UsageException("--always-recreate-deps and --no-recreate are incompatible");
        }

        return options;
    }

    private static ImmutableSortedDictionary<string, int> ParseScale(IEnumerable<string> values) =>
        values.Select(text => text.Split('=', 2) is [var service, var count] && service.Length > 0
                && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var replicas)
                ? KeyValuePair.Create(service, replicas)
                : throw new UsageException($"invalid --scale '{text}': use SERVICE=NUM, e.g. --scale web=3"))
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
}
