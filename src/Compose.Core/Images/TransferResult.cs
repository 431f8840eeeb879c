namespace Compose.Images;

/// <summary>How one pull or push went: the bytes of the layers that travelled, and whether a pull found the image up to date.</summary>
public sealed record TransferResult(string Reference, long Bytes, bool UpToDate);
