namespace Compose.Runtime.Docker;

/// <summary>
/// One call to the engine: the unversioned path (<c>/containers/json?all=1</c>), what to name in errors, and for
/// streaming answers (logs, events, pull) <see cref="Streaming"/> so the body is read as it arrives.
/// </summary>
internal sealed record EngineRequest(HttpMethod Method, string Path, string Operation, string? Resource)
{
    public HttpContent? Content { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>Return as soon as the headers are in; the caller reads the body as a stream.</summary>
    public bool Streaming { get; init; }

    /// <summary>How long the engine may take to answer (the configured limit unless the request says otherwise).</summary>
    public EngineWait Wait { get; init; }
}
