using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary><c>command</c>, <c>entrypoint</c>, hook commands: a list as is, a string split the way a shell would.</summary>
public static class CommandSyntax
{
    public static ImmutableArray<string> Bind(Node value, string path)
    {
        if (value is not ScalarNode { IsNull: false } scalar)
        {
            return NodeReader.StringList(value, path);
        }

        try
        {
            return [.. ShellWords.Split(scalar.Value)];
        }
        catch (FormatException e)
        {
            throw new ComposeFileException(value.Location, path, e.Message + ".");
        }
    }
}
