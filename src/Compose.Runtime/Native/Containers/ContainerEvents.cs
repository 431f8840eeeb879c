using System.Collections.Immutable;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>The attributes the engine puts on a container's events: its labels, name and image (and extras such as <c>exitCode</c>).</summary>
internal static class ContainerEvents
{
    public static ImmutableSortedDictionary<string, string> Attributes(ContainerRecord record) =>
        record.Labels.SetItem("name", record.Name).SetItem("image", record.Image);
}
