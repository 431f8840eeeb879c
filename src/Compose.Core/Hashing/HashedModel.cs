using Compose.Model;

namespace Compose.Hashing;

/// <summary>
/// The canonical writers of the model records that are hashed: services (through <see cref="ConfigHashInput"/>),
/// networks and volumes, and every record they hold. Generated at compile time by src/Compose.Generators.
/// </summary>
[CanonicalRecords(typeof(ConfigHashInput), typeof(Network), typeof(Volume))]
internal sealed partial class HashedModel
{
    private HashedModel()
    {
    }
}
