namespace Compose.Observing;

/// <summary>Engine ids as messages show them.</summary>
public static class EngineIds
{
    /// <summary>The first 12 characters, as the docker CLI prints ids.</summary>
    public static string Short(string id) => id.Length > 12 ? id[..12] : id;
}
