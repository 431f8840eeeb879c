namespace Compose.Runtime.Native.Images;

/// <summary>How a <see cref="NativeImageStore"/> is set up; the CLI reads the environment once and passes it in.</summary>
public sealed record NativeImageStoreOptions
{
    public NativeRoot Root { get; init; } = NativeRoot.Default;

    /// <summary>The docker CLI's config directory (<c>DOCKER_CONFIG</c>, else <c>~/.docker</c>) whose <c>config.json</c> holds registry credentials; null = anonymous.</summary>
    public string? DockerConfigDirectory { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Layers downloaded at once per pull (docker's default is 3).</summary>
    public int MaxConcurrentDownloads { get; init; } = 3;
}
