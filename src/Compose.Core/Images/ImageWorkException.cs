using Compose.Errors;

namespace Compose.Images;

/// <summary>Images could not be pulled, built or pushed: every failure, one line each, naming the image and the reason.</summary>
public sealed class ImageWorkException(IReadOnlyList<string> failures)
    : ComposeException(failures.Count == 1 ? failures[0] : $"{failures.Count} images failed:\n" + string.Join("\n", failures.Select(f => "  " + f.Replace("\n", "\n  ", StringComparison.Ordinal))))
{
    public IReadOnlyList<string> Failures { get; } = failures;
}
