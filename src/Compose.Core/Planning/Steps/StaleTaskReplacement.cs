using System.Collections.Immutable;
using Compose.Runtime;

namespace Compose.Planning.Steps;

/// <summary>
/// How a start recovers a container the engine cannot start because it still holds a task from before it died or
/// restarted (<see cref="Runtime.Errors.StaleTaskException"/>): the container is removed and made again from
/// <see cref="Spec"/> (its name, its anonymous volumes kept), <see cref="Files"/> copied in, and the new one started.
/// Only removal clears such a task (a stop, kill or restart of the container or of the engine does not), and it is what
/// a docker compose user does by hand (<c>down</c>, then <c>up</c>).
/// </summary>
public sealed record StaleTaskReplacement(ContainerCreateSpec Spec, ImmutableArray<InjectedFile> Files);
