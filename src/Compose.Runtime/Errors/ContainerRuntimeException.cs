namespace Compose.Runtime.Errors;

/// <summary>
/// An engine failure the user can act on. Carries what we tried (<see cref="Operation"/>), on what
/// (<see cref="Resource"/>), and what the engine said (<see cref="EngineMessage"/>).
/// </summary>
public class ContainerRuntimeException : Exception
{
    public ContainerRuntimeException(string operation, string? resource, string engineMessage, Exception? inner = null)
        : base(Format(operation, resource, engineMessage), inner)
    {
        Operation = operation;
        Resource = resource;
        EngineMessage = engineMessage;
    }

    public string Operation { get; }
    public string? Resource { get; }
    public string EngineMessage { get; }

    private static string Format(string operation, string? resource, string engineMessage) =>
        resource is null ? $"{operation}: {engineMessage}" : $"{operation} {resource}: {engineMessage}";
}
