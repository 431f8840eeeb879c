using System.Text.Json;
using Compose.Runtime.Docker.Streams;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    public async Task<string> CreateExecAsync(string containerId, ExecSpec spec, CancellationToken cancellationToken)
    {
        var body = new ExecCreateDto
        {
            AttachStdin = spec.AttachStdin,
            AttachStdout = spec.AttachStdout,
            AttachStderr = spec.AttachStderr,
            DetachKeys = spec.DetachKeys,
            Tty = spec.Tty,
            Env = spec.Environment.IsDefaultOrEmpty ? null : [.. spec.Environment],
            Cmd = [.. spec.Command],
            Privileged = spec.Privileged,
            User = spec.User,
            WorkingDir = spec.WorkingDirectory,
        };
        var created = await _client.PostJsonAsync($"/containers/{Escape(containerId)}/exec", body, Json.ExecCreateDto, Json.IdResponseDto, "create exec in container", containerId, cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    public async Task<IContainerConnection> StartExecAsync(string execId, bool tty, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new ExecStartDto { Detach = false, Tty = tty }, Json.ExecStartDto);
        var stream = await _client.HijackAsync($"/exec/{Escape(execId)}/start", body, "start exec", execId, cancellationToken).ConfigureAwait(false);
        return new ContainerConnection(stream, tty, "start exec", execId);
    }

    public Task StartExecDetachedAsync(string execId, CancellationToken cancellationToken) =>
        _client.PostJsonAsync($"/exec/{Escape(execId)}/start", new ExecStartDto { Detach = true }, Json.ExecStartDto, "start exec", execId, cancellationToken);

    public async Task<ExecInfo> InspectExecAsync(string execId, CancellationToken cancellationToken)
    {
        var dto = await _client.GetAsync($"/exec/{Escape(execId)}/json", Json.ExecInspectDto, "inspect exec", execId, cancellationToken).ConfigureAwait(false);
        return new ExecInfo(dto.ID, dto.Running, dto.Running ? null : dto.ExitCode, dto.Pid > 0 ? dto.Pid : null);
    }

    public Task ResizeExecTtyAsync(string execId, int width, int height, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Post, $"/exec/{Escape(execId)}/resize?h={height}&w={width}", "resize exec tty", execId, cancellationToken);
}
