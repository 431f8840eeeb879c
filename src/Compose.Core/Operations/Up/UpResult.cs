using Compose.Images;
using Compose.Planning;

namespace Compose.Operations.Up;

/// <summary>What an <c>up</c> did (or, dry, would do): the image work first, then the plan of containers, networks and volumes.</summary>
public sealed record UpResult(ImageWork Images, Plan Plan)
{
    /// <summary>The printable form: the image lines, then the plan lines.</summary>
    public string ToText() => Images.ToText() + Plan.ToText();
}
