namespace Compose.IntegrationTests.Images;

/// <summary>The image tests share one <see cref="LocalImages"/> build and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class LocalImagesCollection : ICollectionFixture<LocalImages>
{
    public const string Name = "Local service images";
}
