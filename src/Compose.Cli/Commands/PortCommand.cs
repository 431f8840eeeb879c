using System.CommandLine;
using Compose.Errors;
using Compose.Operations.Queries;

namespace Compose.Cli.Commands;

/// <summary><c>port SERVICE PRIVATE_PORT</c>: where a container port is published on the host (<c>127.0.0.1:8080</c>).</summary>
public sealed class PortCommand : ICliCommand
{
    private readonly Option<string> _protocol = new("--protocol") { Description = "tcp or udp", DefaultValueFactory = _ => "tcp", HelpName = "PROTO" };
    private readonly Option<int?> _index = new("--index") { Description = "Index of the container if service has multiple replicas", HelpName = "N" };
    private readonly Argument<string> _service = new(ServiceArguments.Name) { Description = "The service" };
    private readonly Argument<int> _port = new("PRIVATE_PORT") { Description = "The container port" };

    public PortCommand()
    {
        _protocol.AcceptOnlyFromAmong("tcp", "udp", "sctp");
        Definition = new Command("port", "Print the public port for a port binding") { _protocol, _index, _service, _port };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var service = parseResult.GetRequiredValue(_service);
        var port = parseResult.GetValue(_port);
        var protocol = parseResult.GetRequiredValue(_protocol);
        var container = await new ProjectQueries(context.Session).ContainerAsync(scope, service, parseResult.GetValue(_index), running: false, cancellationToken).ConfigureAwait(false);
        var binding = container.Ports
            .Where(p => p.PrivatePort == port && p.Protocol == protocol && p.PublicPort is not null)
            .OrderBy(p => p.HostIp?.Contains(':') == true)
            .FirstOrDefault()
            ?? throw new ComposeException($"no port {port}/{protocol} is published for service \"{service}\" ({container.Name}).");
        var host = string.IsNullOrEmpty(binding.HostIp) ? "0.0.0.0" : binding.HostIp.Contains(':') ? $"[{binding.HostIp}]" : binding.HostIp;
        await context.Out.WriteLineAsync($"{host}:{binding.PublicPort}").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
