// netstandard2.0 (what the compiler loads generators as) lacks the marker type that records' init accessors need;
// the compiler accepts one declared here. Its namespace is the one the compiler looks in, not this folder's.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit;
