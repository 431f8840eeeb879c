using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Images;

/// <summary>localdev/nginx:1 behaves as compose files written for the official nginx image expect.</summary>
[Collection(LocalImagesCollection.Name)]
public sealed class NginxImageTests : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly DockerScope _scope = new("img-nginx");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [DockerFact]
    public async Task Nginx_serves_its_default_page_and_logs_the_request_to_stdout()
    {
        var web = await _scope.RunAsync("web", LocalImages.Nginx, ["-p", "127.0.0.1::80"]);

        var page = await GetWhenServingAsync(await web.HostPortAsync(80));

        page.Should().Contain("<h1>localdev/nginx:1 is serving</h1>");
        (await web.LogsAsync()).Should().Contain("\"GET / HTTP/1.1\" 200");
    }

    [DockerFact]
    public async Task A_config_mounted_over_conf_d_default_conf_replaces_the_site()
    {
        var site = Path.Combine(_scope.CreateDirectory(), "default.conf");
        await File.WriteAllTextAsync(site,
            "server {\n  listen 80;\n  location / {\n    default_type text/plain;\n    return 200 \"served by the mounted config\\n\";\n  }\n}\n");
        var web = await _scope.RunAsync("web", LocalImages.Nginx, ["-p", "127.0.0.1::80", "-v", $"{site}:/etc/nginx/conf.d/default.conf:ro"]);

        var page = await GetWhenServingAsync(await web.HostPortAsync(80));

        page.Should().Be("served by the mounted config\n");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _scope.DisposeAsync();
    }

    private async Task<string> GetWhenServingAsync(int port)
    {
        var page = "";
        await Probe.UntilAsync($"nginx on 127.0.0.1:{port}", StartLimit, async () =>
        {
            try
            {
                using var response = await _http.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
                page = await response.Content.ReadAsStringAsync();
                return (response.IsSuccessStatusCode, $"{(int)response.StatusCode} {page}");
            }
            catch (HttpRequestException e)
            {
                return (false, e.Message);
            }
        });
        return page;
    }
}
