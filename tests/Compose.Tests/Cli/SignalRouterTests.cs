using System.Runtime.InteropServices;
using Compose.Cli;

namespace Compose.Tests.Cli;

public class SignalRouterTests
{
    [Fact]
    public void Only_the_first_signal_is_forwarded_so_a_second_one_cancels_the_command()
    {
        var router = new SignalRouter();
        var forwarded = new List<PosixSignal>();
        using var forwarding = router.Forward(forwarded.Add);

        var first = router.TryForward(PosixSignal.SIGINT);
        var second = router.TryForward(PosixSignal.SIGINT);

        (first, second).Should().Be((true, false));
        forwarded.Should().Equal(PosixSignal.SIGINT);
    }

    [Fact]
    public void Nothing_is_forwarded_once_the_command_stops_forwarding()
    {
        var router = new SignalRouter();
        var forwarded = new List<PosixSignal>();
        router.Forward(forwarded.Add).Dispose();

        router.TryForward(PosixSignal.SIGTERM).Should().BeFalse();
        forwarded.Should().BeEmpty();
    }
}
