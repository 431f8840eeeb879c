namespace Compose.Runtime.Docker.Transport;

/// <summary>What a hand-written request needs: the versioned target, the host header, and what to name in errors.</summary>
internal sealed record EngineRequestLine(HttpMethod Method, string PathAndQuery, string Host, string Endpoint, string Operation, string? Resource);
