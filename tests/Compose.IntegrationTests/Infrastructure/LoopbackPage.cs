namespace Compose.IntegrationTests.Infrastructure;

/// <summary>A page a test stack publishes on 127.0.0.1, fetched with a short retry: httpd starts a moment after its container.</summary>
public static class LoopbackPage
{
    public static async Task<string> FetchAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await http.GetStringAsync($"http://127.0.0.1:{port}/");
            }
            catch (HttpRequestException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }
}
