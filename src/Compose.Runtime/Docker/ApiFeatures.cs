using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

/// <summary>The API versions that introduced the settings we map, and the check that refuses them on older engines.</summary>
internal sealed record ApiFeatures(Version Api, string Operation, string? Resource)
{
    public static readonly Version BindCreateMountpoint = new(1, 42);
    public static readonly Version ContainerAnnotations = new(1, 43);
    public static readonly Version MultipleNetworksAtCreate = new(1, 44);
    public static readonly Version EndpointMacAddress = new(1, 44);
    public static readonly Version HealthStartInterval = new(1, 44);
    public static readonly Version VolumeSubpath = new(1, 45);
    public static readonly Version NetworkEnableIPv4 = new(1, 47);
    public static readonly Version ImageMounts = new(1, 48);
    public static readonly Version GatewayPriority = new(1, 48);

    public bool Supports(Version feature) => Api >= feature;

    /// <summary>Throws when <paramref name="used"/> and the engine is older than <paramref name="feature"/>.</summary>
    public void Require(bool used, Version feature, string description)
    {
        if (used && !Supports(feature))
        {
            throw new EngineFeatureUnsupportedException(Operation, Resource, description, feature, Api);
        }
    }
}
