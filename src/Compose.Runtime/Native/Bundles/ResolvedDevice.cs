namespace Compose.Runtime.Native.Bundles;

/// <summary>A host device mapped into the container: its node type (<c>c</c> or <c>b</c>) and numbers, read from the host.</summary>
internal sealed record ResolvedDevice(DeviceMapping Mapping, string Type, long Major, long Minor, uint FileMode);
