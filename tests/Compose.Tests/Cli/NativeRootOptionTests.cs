using Compose.Runtime;
using Compose.Runtime.Native;

namespace Compose.Tests.Cli;

/// <summary>The global <c>--root</c>: the native driver's state directory, beating <c>COMPOSE_NATIVE_ROOT</c>, refused with any other driver.</summary>
public sealed class NativeRootOptionTests : IDisposable
{
    private readonly string _directory = TestTemp.Directory("native-root-");
    private readonly RecordingFactory _factory = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<CliRunner.Result> RunAsync(Dictionary<string, string> variables, params string[] args) =>
        CliRunner.RunAsync(new CliRunner.Invocation
        {
            WorkingDirectory = _directory,
            Variables = new Dictionary<string, string>(variables) { ["COMPOSECTL_RUNTIME_DIR"] = Path.Combine(_directory, "run") },
            RuntimeFactory = _factory,
            Time = new ManualTimeProvider(),
        }, args);

    [Fact]
    public async Task The_flag_beats_COMPOSE_NATIVE_ROOT_before_or_after_the_command_name()
    {
        var variables = new Dictionary<string, string> { [NativeRuntimeFactory.RootVariable] = "/from/env" };

        (await RunAsync(variables, "--runtime", "native", "--root", "/from/flag", "-p", "demo", "ps")).ExitCode.Should().Be(0);
        (await RunAsync(variables, "--runtime", "native", "-p", "demo", "ps", "--root", "/after/name")).ExitCode.Should().Be(0);
        (await RunAsync(variables, "--runtime", "native", "-p", "demo", "ps")).ExitCode.Should().Be(0);

        _factory.Roots.Should().Equal("/from/flag", "/after/name", "/from/env");
    }

    [Fact]
    public void The_state_root_is_the_flag_else_the_variable_else_var_lib_composectl_made_absolute()
    {
        var variables = new Dictionary<string, string> { [NativeRuntimeFactory.RootVariable] = "/from/env" };

        NativeRuntimeFactory.RootFrom(variables, "/from/flag").StateDirectory.Should().Be("/from/flag");
        NativeRuntimeFactory.RootFrom(variables, null).StateDirectory.Should().Be("/from/env");
        NativeRuntimeFactory.RootFrom(new Dictionary<string, string>(), null).Should().Be(NativeRoot.Default);
        NativeRuntimeFactory.RootFrom(variables, "state").StateDirectory.Should().Be(Path.GetFullPath("state"));
    }

    [Fact]
    public async Task The_flag_with_another_driver_is_refused_in_one_sentence_before_the_driver_is_made()
    {
        var fromDefault = await RunAsync([], "--root", "/srv/state", "-p", "demo", "ps");
        var fromVariable = await RunAsync(new Dictionary<string, string> { [RuntimeFactory.EnvironmentVariable] = "podman" }, "-p", "demo", "ps", "--root", "/srv/state");

        fromDefault.ExitCode.Should().Be(1);
        fromDefault.Error.Should().Be("Error: --root is the state directory of the native runtime, and this command uses the docker runtime: add --runtime native, or leave --root out.\n");
        fromVariable.ExitCode.Should().Be(1);
        fromVariable.Error.Should().Contain("this command uses the podman runtime");
        _factory.Roots.Should().BeEmpty();
    }

    /// <summary>Records what each driver would be made from, and hands out an empty fake engine.</summary>
    private sealed class RecordingFactory : IRuntimeFactory
    {
        public List<string> Roots { get; } = [];

        public IContainerRuntime Create(RuntimeOptions options)
        {
            Roots.Add(NativeRuntimeFactory.RootFrom(options.Environment, options.NativeRoot).StateDirectory);
            return new FakeContainerRuntime { Capabilities = RuntimeCapabilities.Docker with { Driver = options.Driver } };
        }
    }
}
