using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Reconciling;

/// <summary>A project as loaded from its files, and every file it was loaded from or whose contents its containers get.</summary>
public sealed record LoadedProject(Project Project, ImmutableArray<string> Inputs);
