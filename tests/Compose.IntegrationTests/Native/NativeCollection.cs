namespace Compose.IntegrationTests.Native;

/// <summary>The native tests run one at a time: they choose subnets and bridge names from the same host.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeCollection
{
    public const string Name = "native runtime";
}
