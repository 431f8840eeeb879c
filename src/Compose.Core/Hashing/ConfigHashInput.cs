using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Hashing;

/// <summary>
/// What a service's config hash covers: the service and the digests of the files it reads. An empty
/// <see cref="Files"/> is left out, so services reading no file hash as before. The property names are part of the
/// hash (the ignored paths of <see cref="ConfigHash"/> start with <c>Service.</c>).
/// </summary>
internal sealed record ConfigHashInput(Service Service, ImmutableSortedDictionary<string, string> Files);
