namespace Compose.Runtime;

/// <summary><c>no</c>, <c>always</c>, <c>unless-stopped</c> or <c>on-failure</c> (with an optional retry limit).</summary>
public sealed record RestartPolicySpec(string Name, int? MaximumRetryCount = null);
