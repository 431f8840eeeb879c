using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Runtime;

/// <summary>Two local registries for the registry tests: one open, one requiring <see cref="User"/>/<see cref="Password"/>.</summary>
public sealed class RegistryFixture : IAsyncLifetime
{
    public const string User = "composer";
    public const string Password = "pa55-w0rd";

    private LocalRegistry? _open;
    private LocalRegistry? _private;

    public LocalRegistry Open => _open ?? throw new InvalidOperationException("the registry did not start");

    public LocalRegistry Private => _private ?? throw new InvalidOperationException("the registry did not start");

    public async Task InitializeAsync()
    {
        // Without an engine the tests skip; starting registries for them would only cost time.
        if (Engine.UnavailableReason is not null && !Engine.IsRequired)
        {
            return;
        }

        _open = await LocalRegistry.StartAsync();
        _private = await LocalRegistry.StartAsync(User, Password);
    }

    public async Task DisposeAsync()
    {
        if (_open is not null)
        {
            await _open.DisposeAsync();
        }

        if (_private is not null)
        {
            await _private.DisposeAsync();
        }
    }
}
