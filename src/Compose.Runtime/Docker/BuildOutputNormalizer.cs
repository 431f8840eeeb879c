using System.Text;
using System.Text.RegularExpressions;

namespace Compose.Runtime.Docker;

/// <summary>
/// Gives a build's output Docker's classic-builder shape from both engines, numbered by the Dockerfile's own steps:
/// <list type="bullet">
/// <item>Podman's builder writes <c>STEP 2/5: RUN make</c>, <c>--&gt; Using cache &lt;id&gt;</c>, <c>--&gt; &lt;id&gt;</c>,
/// <c>COMMIT name</c> and the bare image id; Docker's <c>Step 2/5 : RUN make</c>, <c>---&gt; Using cache</c>,
/// <c>---&gt; &lt;id&gt;</c>.</item>
/// <item>Both builders turn the <c>labels</c> parameter into one <c>LABEL</c> step per label after the last
/// instruction; those steps are the request's, not the Dockerfile's, so they are hidden and the count excludes them
/// (a 4-step Dockerfile shows <c>Step 1/4</c>, not <c>Step 1/6</c>).</item>
/// </list>
/// Podman numbers the steps of a multi-stage build per stage (<c>[1/2] STEP 1/3: FROM … AS base</c>); they are
/// numbered on across the stages instead (the second stage's first step is <c>Step 4/…</c>), so each step keeps a
/// number of its own. One instance per build: it remembers the stage and whether the current step is hidden.
/// </summary>
internal sealed partial class BuildOutputNormalizer(int appendedLabelSteps, bool podman)
{
    private bool _hiding;
    private int _stage = 1;
    private int _stageOffset;
    private int _stageSteps;

    /// <summary>The message's text as Docker would have sent it; null when nothing of it is left.</summary>
    public string? Normalize(string? output)
    {
        if (string.IsNullOrEmpty(output))
        {
            return output;
        }

        var result = new StringBuilder(output.Length);
        var segments = output.Split('\n');
        for (var i = 0; i < segments.Length; i++)
        {
            var line = Line(segments[i]);
            if (line is null)
            {
                continue;
            }

            result.Append(line);
            if (i < segments.Length - 1)
            {
                result.Append('\n');
            }
        }

        return result.Length == 0 ? null : result.ToString();
    }

    /// <summary>One line rewritten, or null to drop it.</summary>
    private string? Line(string line)
    {
        if (StepLine().Match(line) is { Success: true } step)
        {
            return Step(step);
        }

        var trimmed = StagePrefix().Replace(line.Trim(), "");
        if (trimmed.StartsWith("Successfully ", StringComparison.Ordinal))
        {
            _hiding = false;
            return line;
        }

        if (_hiding)
        {
            return null;
        }

        return podman ? PodmanLine(line, trimmed) : line;
    }

    private string? Step(Match step)
    {
        var number = Number(step.Groups["n"]);
        var total = Number(step.Groups["m"]);
        var stage = step.Groups["stage"].Success ? Number(step.Groups["stage"]) : 1;
        var lastStage = !step.Groups["stages"].Success || stage == Number(step.Groups["stages"]);
        if (stage != _stage)
        {
            _stageOffset += _stageSteps;
            _stage = stage;
        }

        // The builder appends the label steps to the last stage only.
        _stageSteps = lastStage ? total - appendedLabelSteps : total;
        _hiding = number > _stageSteps;
        return _hiding ? null : $"Step {_stageOffset + number}/{_stageOffset + _stageSteps} : {step.Groups["instruction"].Value}";
    }

    private static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string? PodmanLine(string line, string trimmed)
    {
        if (trimmed.StartsWith("--> Using cache", StringComparison.Ordinal))
        {
            return " ---> Using cache";
        }

        if (trimmed.StartsWith("--> ", StringComparison.Ordinal))
        {
            return " ---> " + trimmed["--> ".Length..];
        }

        // Podman's commit of the last step and the full id it prints after it: bookkeeping, not the step's output.
        return trimmed.StartsWith("COMMIT ", StringComparison.Ordinal) || FullImageId().IsMatch(trimmed) ? null : line;
    }

    [GeneratedRegex(@"^(?:Step (?<n>\d+)/(?<m>\d+) : |(?:\[(?<stage>\d+)/(?<stages>\d+)\] )?STEP (?<n>\d+)/(?<m>\d+): )(?<instruction>.*)$")]
    private static partial Regex StepLine();

    /// <summary>Podman's <c>[2/2] </c> before the lines of a multi-stage build.</summary>
    [GeneratedRegex(@"^\[\d+/\d+\] ")]
    private static partial Regex StagePrefix();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex FullImageId();
}
