namespace Compose.Planning.Steps;

/// <summary>
/// Which container a step acts on: one that exists now (by id), or the one an earlier step of the same plan
/// creates (its id is read from the executor's results table).
/// </summary>
public sealed record ContainerRef
{
    private ContainerRef(string? id, int? createdByStep, string name)
    {
        Id = id;
        CreatedByStep = createdByStep;
        Name = name;
    }

    public string? Id { get; }
    public int? CreatedByStep { get; }

    /// <summary>The container's name, for progress and messages.</summary>
    public string Name { get; }

    public static ContainerRef Existing(string id, string name) => new(id, null, name);

    public static ContainerRef CreatedBy(int step, string name) => new(null, step, name);
}
