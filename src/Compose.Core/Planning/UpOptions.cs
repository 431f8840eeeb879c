using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Planning;

/// <summary>What <c>up</c> and <c>create</c> were asked to do, as flags say it.</summary>
public sealed record UpOptions
{
    /// <summary>Services to bring up (with their dependencies unless <see cref="NoDeps"/>); empty means all.</summary>
    public ImmutableArray<string> Services { get; init; } = [];

    /// <summary><c>--no-deps</c>: leave the named services' dependencies alone.</summary>
    public bool NoDeps { get; init; }

    /// <summary><c>--force-recreate</c>: recreate the targeted services' containers even when unchanged.</summary>
    public bool ForceRecreate { get; init; }

    /// <summary><c>--no-recreate</c>: keep existing containers even when their configuration changed.</summary>
    public bool NoRecreate { get; init; }

    /// <summary><c>--always-recreate-deps</c>: recreate the dependencies of the named services too.</summary>
    public bool AlwaysRecreateDeps { get; init; }

    /// <summary><c>--no-start</c> (and <c>create</c>): create what is missing, start nothing.</summary>
    public bool NoStart { get; init; }

    /// <summary><c>--remove-orphans</c>: remove containers of services no longer in the files.</summary>
    public bool RemoveOrphans { get; init; }

    /// <summary><c>COMPOSE_IGNORE_ORPHANS</c>: do not even warn about orphans.</summary>
    public bool IgnoreOrphans { get; init; }

    /// <summary><c>-V/--renew-anon-volumes</c>: recreated containers get fresh anonymous volumes.</summary>
    public bool RenewAnonymousVolumes { get; init; }

    /// <summary><c>--scale SERVICE=N</c>: replica counts overriding <c>scale</c>/<c>deploy.replicas</c>.</summary>
    public ImmutableSortedDictionary<string, int> Scale { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>
    /// The <c>depends_on</c> of a container started outside this plan (the one-off of <c>run</c>): the plan ends
    /// with a wait for each <c>service_healthy</c> or <c>service_completed_successfully</c> condition, as it would
    /// before starting a service of its own.
    /// </summary>
    public ImmutableSortedDictionary<string, ServiceDependency> WaitFor { get; init; } = ModelMaps.Empty<ServiceDependency>();

    /// <summary>
    /// A reconcile pass (without <c>--restart-stopped</c>): a container that exited (stopped by someone, or under its
    /// restart policy) or was created without a start stays so, recreated without a start when its configuration
    /// changed, and a paused one stays paused. Restarting containers is the engine's job (restart policies), stopping
    /// them the user's.
    /// </summary>
    public bool KeepStopped { get; init; }

    /// <summary>
    /// Ids of exited containers that the engine stopped, not a user: a reconcile pass after the engine restarted
    /// (it stops every container as it shuts down) starts them again despite <see cref="KeepStopped"/>.
    /// </summary>
    public ImmutableHashSet<string> StoppedByEngine { get; init; } = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>
    /// Services whose containers vanished outside composectl (a reconcile pass saw them go): their new containers
    /// restart the dependents that declare <c>restart: true</c>, as a recreate of theirs does.
    /// </summary>
    public ImmutableSortedSet<string> Replaced { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Grace period for containers stopped to be recreated or removed.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether <paramref name="service"/> was named (or nothing was, which targets every service).</summary>
    public bool Targets(string service) => Services.IsDefaultOrEmpty || Services.Contains(service);

    /// <summary>How to treat an existing container of <paramref name="service"/>: targeted and dependency services differ.</summary>
    public RecreatePolicy PolicyFor(string service) => NoRecreate
        ? RecreatePolicy.Never
        : (Targets(service) ? ForceRecreate : AlwaysRecreateDeps) ? RecreatePolicy.Force : RecreatePolicy.Diverged;
}
