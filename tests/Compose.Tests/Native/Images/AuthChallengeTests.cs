using Compose.Runtime.Native.Images.Registry;

namespace Compose.Tests.Native.Images;

public class AuthChallengeTests
{
    [Fact]
    public void A_bearer_challenge_gives_realm_service_and_scope()
    {
        var challenge = AuthChallenge.Parse("""Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull" """)!;

        (challenge.Scheme, challenge.Realm, challenge.Service, challenge.Parameters["scope"])
            .Should().Be(("Bearer", "https://auth.docker.io/token", "registry.docker.io", "repository:library/busybox:pull"));
    }

    [Fact]
    public void Quoted_commas_and_escapes_stay_in_their_value_and_bare_tokens_are_read()
    {
        var challenge = AuthChallenge.Parse("""Basic realm="a \"b\", c", charset=UTF-8""")!;

        (challenge.Scheme, challenge.Realm, challenge.Parameters["charset"]).Should().Be(("Basic", "a \"b\", c", "UTF-8"));
    }

    [Theory]
    [InlineData("127.0.0.1:5000", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("localhost:5000", true)]
    [InlineData("[::1]:5000", true)]
    [InlineData("10.0.0.1:5000", false)]
    [InlineData("registry.example.com", false)]
    public void Only_loopback_registries_may_be_reached_insecurely(string domain, bool insecure) =>
        RegistryEndpoint.IsInsecureAllowed(domain).Should().Be(insecure);
}
