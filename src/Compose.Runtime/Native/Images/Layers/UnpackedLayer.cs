namespace Compose.Runtime.Native.Images.Layers;

/// <summary>What unpacking a layer measured: the uncompressed digest (the diff id), the tar's length and the file content's.</summary>
internal sealed record UnpackedLayer(string DiffId, long TarSize, long ContentSize);
