namespace Compose.IntegrationTests.Cli;

/// <summary>The test classes that share one <see cref="RunningStack"/> (and so run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class RunningStackCollection : ICollectionFixture<RunningStack>
{
    public const string Name = "running stack";
}
