namespace Compose.Runtime.Docker.Wire;

/// <summary>An empty JSON object: the body attach requests send (the options travel in the query).</summary>
internal sealed class AttachConfigDto;
