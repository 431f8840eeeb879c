namespace Compose.IntegrationTests.Swarm;

/// <summary>The swarm tests share one swarm and run one after another (they stop nodes, fill ports).</summary>
[CollectionDefinition(Name)]
public sealed class SwarmCollection : ICollectionFixture<SwarmFixture>
{
    public const string Name = "swarm";
}
