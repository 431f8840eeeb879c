using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>The bound, normalized project and where each of its key paths was written.</summary>
public sealed record BoundProject(Project Project, SourceMap Sources);
