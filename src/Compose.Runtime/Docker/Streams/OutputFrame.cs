namespace Compose.Runtime.Docker.Streams;

/// <summary>A piece of container output; <see cref="Data"/> is only valid until the next read from the same reader.</summary>
internal readonly record struct OutputFrame(OutputStream Stream, ReadOnlyMemory<byte> Data);
