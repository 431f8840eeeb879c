using System.Collections.Immutable;
using Compose.Errors;
using Compose.Runtime.Errors;

namespace Compose.Images;

/// <summary>
/// Runs one piece of image work per item, at most <c>limit</c> at once (null = all at once). Failures the user can
/// act on are collected per item, not thrown; with <c>stopAfterFailure</c> nothing new starts after the first one
/// (what is running finishes, so nothing is left half-made). Bugs and cancellation propagate.
/// </summary>
internal static class ParallelWork
{
    public sealed record Outcome<TItem, TResult>(TItem Item, TResult? Result, Exception? Error)
    {
        /// <summary>Not started because an earlier item failed.</summary>
        public bool Skipped { get; init; }
    }

    public static async Task<ImmutableArray<Outcome<TItem, TResult>>> RunAsync<TItem, TResult>(
        IReadOnlyList<TItem> items, int? limit, bool stopAfterFailure, Func<TItem, CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(limit is > 0 ? limit.Value : Math.Max(items.Count, 1));
        var failed = new StrongFlag();
        var outcomes = await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (stopAfterFailure && failed.IsSet)
                {
                    return new Outcome<TItem, TResult>(item, default, null) { Skipped = true };
                }

                return new Outcome<TItem, TResult>(item, await work(item, cancellationToken).ConfigureAwait(false), null);
            }
            catch (Exception e) when (e is ComposeException or ContainerRuntimeException)
            {
                failed.Set();
                return new Outcome<TItem, TResult>(item, default, e);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        return [.. outcomes];
    }

    private sealed class StrongFlag
    {
        private int _value;

        public bool IsSet => Volatile.Read(ref _value) != 0;

        public void Set() => Interlocked.Exchange(ref _value, 1);
    }
}
