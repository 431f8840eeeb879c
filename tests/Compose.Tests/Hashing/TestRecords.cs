using Compose.Hashing;
using Compose.Model;

namespace Compose.Tests.Hashing;

/// <summary>Records of the tests' own, with their canonical writers generated as for the model (<see cref="HashedModel"/>).</summary>
[CanonicalRecords(typeof(Wrapper), typeof(OtherWrapper), typeof(Shapes))]
internal sealed partial class TestRecords
{
    private TestRecords()
    {
    }

    public sealed record Wrapper(Service Service);

    public sealed record OtherWrapper(Inner Other);

    public sealed record Inner(int Scale);

    /// <summary>Each kind of value the writer knows, with a property left out by [HashIgnore] and a computed one.</summary>
    public sealed record Shapes
    {
        public string? Name { get; init; }

        public bool Flag { get; init; }

        public bool? Maybe { get; init; }

        public int Count { get; init; }

        public System.Collections.Immutable.ImmutableArray<string>? Arguments { get; init; }

        public System.Collections.Immutable.ImmutableArray<string> Tags { get; init; } = [];

        public TimeSpan? Wait { get; init; }

        public DayOfWeek Day { get; init; }

        public object? Anything { get; init; }

        [HashIgnore] public string? Note { get; init; }

        public int Twice => Count * 2;
    }
}
