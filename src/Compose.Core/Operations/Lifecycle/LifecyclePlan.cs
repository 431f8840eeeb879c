using Compose.Model;
using Compose.Planning;

namespace Compose.Operations.Lifecycle;

/// <summary>
/// A lifecycle command's plan and the project it was made for (from the files, or rebuilt from the labels). It holds
/// the project's lock from the observation it was made from until it is carried out or disposed, so nothing else
/// changes the project in between (<c>rm</c> asks first, with the lock held).
/// </summary>
public sealed record LifecyclePlan(Project Project, Plan Plan) : IAsyncDisposable
{
    internal IAsyncDisposable? Held { get; init; }

    public ValueTask DisposeAsync() => Held?.DisposeAsync() ?? ValueTask.CompletedTask;
}
