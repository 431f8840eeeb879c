namespace Compose.Runtime;

public sealed record DeviceMapping(string PathOnHost, string PathInContainer, string CgroupPermissions = "rwm");
