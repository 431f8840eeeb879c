namespace Compose.Conversion.Kubernetes;

/// <summary>The kinds of <see cref="ConversionWarning"/>: one per compose construct with no Kubernetes mapping.</summary>
public static class WarningKinds
{
    public const string BindMount = "bind-mount";
    public const string NetworkMode = "network-mode";
    public const string Privileged = "privileged";
    public const string Build = "build";
    public const string DependsOnOrder = "depends-on-order";
    public const string HostIp = "host-ip";
    public const string ImageHealthcheck = "image-healthcheck";
    public const string Init = "init";
    public const string NamedUser = "named-user";
    public const string FileOwner = "file-owner";
    public const string Alias = "alias";
    public const string Network = "network";
    public const string Volume = "volume";
    public const string Label = "label";
    public const string Placement = "placement";
    public const string Hook = "hook";
    public const string Device = "device";
    public const string Unsupported = "unsupported";
}
