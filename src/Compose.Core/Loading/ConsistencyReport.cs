using Compose.Errors;
using Compose.Loading.Binding;

namespace Compose.Loading;

/// <summary>Builds consistency errors located at a key path, using the <see cref="SourceMap"/> when it knows the path.</summary>
public sealed class ConsistencyReport(SourceMap sources)
{
    public ComposeFileException Error(string path, string problem) => new(sources.Find(path), path, problem);

    public SourceLocation? Locate(string path) => sources.Find(path);
}
