using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>logging:</c> driver and options (values as strings).</summary>
public static class LoggingBinder
{
    public static LoggingConfig Bind(Node value, string path)
    {
        var logging = MappingReader.Open(value, path, SpecKeys.Logging);
        return new LoggingConfig { Driver = logging.String("driver"), Options = logging.Map("options") };
    }
}
