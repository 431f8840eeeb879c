namespace Compose.Targets.Swarm;

/// <summary>
/// <c>--resolve-image</c>, as <c>docker stack deploy</c>: <see cref="Always"/> pins every image to the digest the
/// registry has now (so every node runs the same bytes, and a tag pushed again rolls out); <see cref="Changed"/> only
/// images whose tag changed; <see cref="Never"/> sends the tags as written.
/// </summary>
public enum ImageResolution
{
    Always,
    Changed,
    Never,
}
