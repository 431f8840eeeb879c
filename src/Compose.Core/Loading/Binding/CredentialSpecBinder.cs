using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>credential_spec:</c> (Windows).</summary>
public static class CredentialSpecBinder
{
    public static CredentialSpec Bind(Node value, string path)
    {
        var spec = MappingReader.Open(value, path, SpecKeys.CredentialSpec);
        return new CredentialSpec { Config = spec.String("config"), File = spec.String("file"), Registry = spec.String("registry") };
    }
}
