using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Compose.Runtime.Docker.Streams;
using Compose.Runtime.Docker.Transport;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

/// <summary>
/// The Docker Engine HTTP API over one <see cref="HttpClient"/> whose connections all come from one
/// <see cref="EngineConnector"/> (unix socket, tcp, TLS). Negotiates the API version once and prefixes every path
/// with it; turns every non-success answer into a typed exception via <see cref="DockerErrorMapper"/>, a connection the
/// engine broke off into a sentence naming the operation (<see cref="ConnectionLoss"/>), and a request not answered
/// within its deadline (<see cref="EngineWait"/>) into <see cref="EngineTimeoutException"/>.
/// </summary>
internal sealed class DockerEngineClient : IDisposable
{
    /// <summary>The oldest API we speak: Debian 12's engine (20.10) and Podman 4.3 both report 1.41.</summary>
    public static readonly Version MinimumApiVersion = new(1, 41);

    /// <summary>The newest API we know the shape of; newer engines are spoken to at this version.</summary>
    public static readonly Version MaximumApiVersion = new(1, 48);

    private readonly HttpClient _http;
    private readonly EngineConnector _connector;
    private readonly DockerEndpoint _endpoint;
    private readonly SemaphoreSlim _negotiation = new(1, 1);
    private readonly TimeSpan _requestTimeout;
    private string? _prefix;

    /// <param name="requestTimeout">How long a request under <see cref="EngineWait.Answer"/> may wait for its answer
    /// (<see cref="Timeout.InfiniteTimeSpan"/>: no limit).</param>
    public DockerEngineClient(DockerEndpoint endpoint, TimeSpan requestTimeout)
    {
        _endpoint = endpoint;
        _requestTimeout = requestTimeout;
        _connector = new EngineConnector(endpoint);
        _http = new HttpClient(CreateHandler(_connector))
        {
            BaseAddress = new Uri($"http://{Host}/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("composectl", "1"));
    }

    public Version? ApiVersion { get; private set; }

    /// <summary>Whether the engine is Podman's Docker-compatible service (its <c>/_ping</c> names a libpod API).</summary>
    public bool IsPodman { get; private set; }

    /// <summary>The endpoint and where it came from, for error messages.</summary>
    public string EndpointDescription => _endpoint.Describe();

    private string Host => _endpoint.TcpAddress?.Authority ?? "localhost";

    private static SocketsHttpHandler CreateHandler(EngineConnector connector) => new()
    {
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        // Long-lived streams (logs -f of every service, events, waits) each hold a connection: never queue behind them.
        MaxConnectionsPerServer = int.MaxValue,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectCallback = async (_, cancellationToken) => (await connector.ConnectAsync(cancellationToken).ConfigureAwait(false)).Stream,
    };

    public async Task<Version> GetApiVersionAsync(CancellationToken cancellationToken)
    {
        var request = new EngineRequest(HttpMethod.Get, "/_ping", "connect", EndpointDescription);
        using var deadline = new RequestDeadline(request.Wait.Deadline(_requestTimeout), cancellationToken);
        try
        {
            await EnsureNegotiatedAsync(request, deadline.Token).ConfigureAwait(false);
            return ApiVersion!;
        }
        catch (OperationCanceledException) when (deadline.Expired)
        {
            throw new EngineTimeoutException(request.Operation, request.Resource, deadline.Limit);
        }
    }

    public Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, string operation, string? resource, CancellationToken cancellationToken) =>
        GetAsync(new EngineRequest(HttpMethod.Get, path, operation, resource), type, cancellationToken);

    /// <summary>Reads a JSON answer, headers and body within the request's deadline.</summary>
    public Task<T> GetAsync<T>(EngineRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        ExchangeAsync(request with { Streaming = true }, (response, token) => ReadJsonAsync(response, type, request, token), cancellationToken);

    public Task<TResult> PostJsonAsync<TBody, TResult>(
        string path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType,
        string operation, string? resource, CancellationToken cancellationToken) =>
        PostJsonAsync(new EngineRequest(HttpMethod.Post, path, operation, resource), body, bodyType, resultType, cancellationToken);

    /// <summary>Posts a JSON body and reads the JSON answer, within the request's deadline (<see cref="EngineRequest.Wait"/>).</summary>
    public Task<TResult> PostJsonAsync<TBody, TResult>(
        EngineRequest request, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
    {
        var posted = request with { Content = JsonContent(body, bodyType), Streaming = true };
        return ExchangeAsync(posted, (response, token) => ReadJsonAsync(response, resultType, posted, token), cancellationToken);
    }

    /// <summary>Posts a JSON body to an endpoint whose answer has no body we need (connect, disconnect).</summary>
    public async Task PostJsonAsync<TBody>(string path, TBody body, JsonTypeInfo<TBody> bodyType, string operation, string? resource, CancellationToken cancellationToken)
    {
        var request = new EngineRequest(HttpMethod.Post, path, operation, resource) { Content = JsonContent(body, bodyType) };
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request whose answer has no body we need (start, stop, delete).</summary>
    public Task<HttpStatusCode> SendNoContentAsync(HttpMethod method, string path, string operation, string? resource, CancellationToken cancellationToken) =>
        SendNoContentAsync(new EngineRequest(method, path, operation, resource), cancellationToken);

    /// <summary>Sends a request whose answer has no body we need, within its deadline (<see cref="EngineRequest.Wait"/>).</summary>
    public async Task<HttpStatusCode> SendNoContentAsync(EngineRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request with { Streaming = false }, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>
    /// Sends a versioned request; non-success answers become typed exceptions. The caller disposes the response. The
    /// deadline (<see cref="EngineRequest.Wait"/>) covers the whole answer, or up to its headers for a
    /// <see cref="EngineRequest.Streaming"/> one, whose body the caller reads as it arrives.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(EngineRequest request, CancellationToken cancellationToken)
    {
        using var deadline = new RequestDeadline(request.Wait.Deadline(_requestTimeout), cancellationToken);
        try
        {
            return await SendWithinAsync(request, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.Expired)
        {
            throw new EngineTimeoutException(request.Operation, request.Resource, deadline.Limit);
        }
    }

    /// <summary>Sends the request and reads its answer with <paramref name="read"/>, both within one deadline.</summary>
    private async Task<T> ExchangeAsync<T>(EngineRequest request, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        using var deadline = new RequestDeadline(request.Wait.Deadline(_requestTimeout), cancellationToken);
        try
        {
            using var response = await SendWithinAsync(request, deadline.Token).ConfigureAwait(false);
            return await read(response, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.Expired)
        {
            throw new EngineTimeoutException(request.Operation, request.Resource, deadline.Limit);
        }
    }

    private async Task<HttpResponseMessage> SendWithinAsync(EngineRequest request, CancellationToken cancellationToken)
    {
        var prefix = await EnsureNegotiatedAsync(request, cancellationToken).ConfigureAwait(false);
        using var message = new HttpRequestMessage(request.Method, prefix + request.Path) { Content = request.Content };
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        var completion = request.Streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead;
        var response = await SendRawAsync(message, completion, request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode is >= 200 and < 300 or 304)
        {
            return response;
        }

        using (response)
        {
            var body = await ReadBodyAsync(response, request, cancellationToken).ConfigureAwait(false);
            throw DockerErrorMapper.Map(response.StatusCode, Encoding.UTF8.GetString(body), request.Operation, request.Resource);
        }
    }

    /// <summary>Opens a connection the engine upgrades to a raw two-way stream (attach, exec start).</summary>
    public async Task<HijackedStream> HijackAsync(string path, byte[] jsonBody, string operation, string? resource, CancellationToken cancellationToken)
    {
        // The version negotiation is bounded like any small request; the upgraded stream is not.
        var version = await GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        var line = new EngineRequestLine(HttpMethod.Post, $"/v{version.Major}.{version.Minor}{path}", Host, EndpointDescription, operation, resource);
        return await HttpUpgrade.OpenAsync(_connector, line, jsonBody, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendRawAsync(
        HttpRequestMessage message, HttpCompletionOption completion, EngineRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(message, completion, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.InnerException is ContainerRuntimeException known)
        {
            throw known;
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            // The connection was made (a failed connect is the connector's RuntimeUnavailableException above): the
            // engine is there but broke off, so "is it running?" would mislead.
            throw ConnectionLoss.During(request.Operation, request.Resource, e);
        }
    }

    /// <summary>An answer's body; a connection the engine breaks off meanwhile is said as such, naming the operation.</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, EngineRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw ConnectionLoss.During(request.Operation, request.Resource, e);
        }
    }

    private async ValueTask<string> EnsureNegotiatedAsync(EngineRequest request, CancellationToken cancellationToken)
    {
        if (_prefix is not null)
        {
            return _prefix;
        }

        await _negotiation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_prefix is null)
            {
                ApiVersion = await NegotiateAsync(request, cancellationToken).ConfigureAwait(false);
                _prefix = $"v{ApiVersion.Major}.{ApiVersion.Minor}";
            }

            return _prefix;
        }
        finally
        {
            _negotiation.Release();
        }
    }

    /// <summary>Reads the engine's API version from the <c>Api-Version</c> header of <c>/_ping</c>.</summary>
    private async Task<Version> NegotiateAsync(EngineRequest request, CancellationToken cancellationToken)
    {
        using var ping = new HttpRequestMessage(HttpMethod.Get, "_ping");
        using var response = await SendRawAsync(ping, HttpCompletionOption.ResponseContentRead, request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new RuntimeUnavailableException(EndpointDescription, $"/_ping answered {(int)response.StatusCode}");
        }

        IsPodman = response.Headers.Contains("Libpod-Api-Version");
        var engineVersion = response.Headers.TryGetValues("Api-Version", out var values) && Version.TryParse(values.FirstOrDefault(), out var v)
            ? v
            : MinimumApiVersion;
        if (engineVersion < MinimumApiVersion)
        {
            throw new RuntimeUnavailableException(EndpointDescription, $"the engine speaks API {engineVersion}, older than the {MinimumApiVersion} composectl needs; upgrade the engine");
        }

        return engineVersion > MaximumApiVersion ? MaximumApiVersion : engineVersion;
    }

    public static ByteArrayContent JsonContent<T>(T body, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, type));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        return content;
    }

    /// <summary>
    /// Answers are small documents: reading the body in one buffer and parsing it synchronously is measurably
    /// cheaper per call than the serializer's async stream path (see bench/runtime).
    /// </summary>
    private static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, EngineRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(response, request, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize(body, type)
            ?? throw new InvalidOperationException($"The engine answered {response.RequestMessage?.RequestUri} with an empty body.");
    }

    public void Dispose()
    {
        _http.Dispose();
        _connector.Dispose();
        _negotiation.Dispose();
    }
}
