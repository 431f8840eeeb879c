using System.Collections.Immutable;
using System.Text;
using Compose.Hashing;
using Compose.Model;

namespace Compose.Tests.Hashing;

public class CanonicalJsonTests
{
    private static readonly Service Web = new() { Name = "web", Image = "busybox" };

    [Fact]
    public void Ignores_nested_replicas_but_not_same_named_fields_elsewhere()
    {
        var ignored = new HashSet<string> { "Service.Scale" };

        CanonicalJson.Serialize<TestRecords>(new TestRecords.Wrapper(Web with { Scale = 2 }), ignored)
            .Should().Equal(CanonicalJson.Serialize<TestRecords>(new TestRecords.Wrapper(Web), ignored));
        CanonicalJson.Serialize<TestRecords>(new TestRecords.OtherWrapper(new TestRecords.Inner(2)), ignored)
            .Should().NotEqual(CanonicalJson.Serialize<TestRecords>(new TestRecords.OtherWrapper(new TestRecords.Inner(3)), ignored));
    }

    [Fact]
    public void Writes_sorted_keys_and_leaves_out_unset_empty_ignored_and_computed_values()
    {
        var shapes = new TestRecords.Shapes { Name = "", Flag = false, Tags = [], Note = "not hashed", Day = DayOfWeek.Monday };

        Text(shapes).Should().Be("""{"Count":0,"Day":"Monday"}""");
    }

    [Fact]
    public void Keeps_the_empty_value_of_a_nullable_value_type()
    {
        var shapes = new TestRecords.Shapes { Maybe = false, Arguments = [], Wait = TimeSpan.FromSeconds(1) };

        Text(shapes).Should().Be("""{"Arguments":[],"Count":0,"Day":"Sunday","Maybe":false,"Wait":10000000}""");
    }

    [Fact]
    public void Writes_an_object_value_by_what_it_holds()
    {
        var nested = ModelMaps.From([KeyValuePair.Create("b", (object?)2.5), KeyValuePair.Create("a", (object?)ImmutableArray.Create<object?>(1L, null, "x"))]);

        Text(new TestRecords.Shapes { Anything = nested }).Should().Be("""{"Anything":{"a":[1,null,"x"],"b":2.5},"Count":0,"Day":"Sunday"}""");
        Text(new TestRecords.Shapes { Anything = new TestRecords.Inner(7) }).Should().Be("""{"Anything":{"Scale":7},"Count":0,"Day":"Sunday"}""");
    }

    [Fact]
    public void A_value_of_a_type_with_no_writer_is_refused_as_a_bug()
    {
        var act = () => CanonicalJson.Serialize<TestRecords>(new TestRecords.Shapes { Anything = new Uri("http://127.0.0.1/") });

        act.Should().Throw<InvalidOperationException>().WithMessage("*Uri has no canonical writer*");
    }

    private static string Text(object value) => Encoding.UTF8.GetString(CanonicalJson.Serialize<TestRecords>(value));
}
