using System.Collections.Immutable;
using Compose.Loading.Interpolation;

namespace Compose.Loading.Tree;

/// <summary>
/// What a set of files is loaded with: the variables they interpolate with, the directory their relative
/// <c>extends.file</c> and <c>include</c> paths resolve against (the (sub)project directory), and the files that
/// include them (to refuse include cycles).
/// </summary>
public sealed record TreeScope(VariableSource Variables, string BaseDirectory, ImmutableList<string> IncludedFrom);
