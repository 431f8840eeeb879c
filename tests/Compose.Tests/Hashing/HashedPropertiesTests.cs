using Compose.Hashing;
using Compose.Model;

namespace Compose.Tests.Hashing;

/// <summary>
/// The generated writer covers every model property that is not marked <see cref="HashIgnoreAttribute"/>: a property
/// added to a record is hashed (or the build fails on its type), never silently left out.
/// </summary>
public class HashedPropertiesTests
{
    [Fact]
    public void Every_generated_record_writes_each_settable_public_property_not_marked_HashIgnore()
    {
        foreach (var (type, written) in HashedModel.HashedProperties())
        {
            written.Should().Equal(ReflectionWriterV1.PropertyNames(type), $"the generated writer of {type.Name} writes each of its hashed properties, in order");
        }
    }

    [Fact]
    public void Every_record_reachable_from_a_service_network_or_volume_has_a_generated_writer()
    {
        var reachable = Reachable([typeof(ConfigHashInput), typeof(Network), typeof(Volume)]);

        HashedModel.HashedProperties().Keys.Should().BeEquivalentTo(reachable);
        reachable.Should().Contain([typeof(Service), typeof(ServiceMount), typeof(ResourceLimits), typeof(IpamPool)]);
        reachable.Should().NotContain([typeof(ServiceBuild), typeof(DevelopConfig), typeof(UpdateConfig)], "only [HashIgnore] properties hold them");
    }

    /// <summary>Record types found by reflection from the roots through hashed properties and collection type arguments.</summary>
    private static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType)
            {
                type.GetGenericArguments().ToList().ForEach(pending.Push);
                continue;
            }

            if (type.Namespace is "Compose.Model" or "Compose.Hashing" && !type.IsEnum && found.Add(type))
            {
                foreach (var name in ReflectionWriterV1.PropertyNames(type))
                {
                    pending.Push(type.GetProperty(name)!.PropertyType);
                }
            }
        }

        return found;
    }
}
