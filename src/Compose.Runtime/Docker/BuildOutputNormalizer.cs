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
/// One instance per build: it remembers whether the current step is hidden.
/// </summary>
internal sealed partial class BuildOutputNormalizer(int appendedLabelSteps, bool podman)
{
    private bool _hiding;

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
            var number = int.Parse(step.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var total = int.Parse(step.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) - appendedLabelSteps;
            _hiding = number > total;
            return _hiding ? null : $"Step {number}/{total} : {step.Groups["instruction"].Value}";
        }

        var trimmed = line.Trim();
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

    [GeneratedRegex(@"^(?:Step (?<n>\d+)/(?<m>\d+) : |STEP (?<n>\d+)/(?<m>\d+): )(?<instruction>.*)$")]
    private static partial Regex StepLine();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex FullImageId();
}
