namespace Compose.Runtime;

/// <summary>Raw bytes from an attached container or exec session, demultiplexed when there is no TTY.</summary>
public readonly record struct OutputChunk(OutputStream Stream, ReadOnlyMemory<byte> Data);
