using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>healthcheck:</c>; a string test becomes <c>[CMD-SHELL, text]</c> as the engine expects.</summary>
public static class HealthCheckBinder
{
    public static HealthCheck Bind(Node value, string path)
    {
        var check = MappingReader.Open(value, path, SpecKeys.Healthcheck);
        return new HealthCheck
        {
            Test = check.Value("test", Test),
            Interval = check.Duration("interval"),
            Timeout = check.Duration("timeout"),
            Retries = check.Int("retries"),
            StartPeriod = check.Duration("start_period"),
            StartInterval = check.Duration("start_interval"),
            Disable = check.Flag("disable"),
        };
    }

    private static ImmutableArray<string> Test(Node node, string path)
    {
        if (node is ScalarNode)
        {
            return ["CMD-SHELL", NodeReader.String(node, path)];
        }

        var test = NodeReader.StringList(node, path);
        return test.IsEmpty || test[0] is "NONE" or "CMD" or "CMD-SHELL"
            ? test
            : throw new ComposeFileException(node.Location, path,
                $"a test list starts with CMD, CMD-SHELL or NONE, not '{test[0]}'; write [\"CMD\", \"{test[0]}\", ...] or a plain string to run it through the shell.");
    }
}
