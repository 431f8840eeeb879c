using Compose.Model;
using Compose.Planning;

namespace Compose.Operations.Lifecycle;

/// <summary>A lifecycle command's plan and the project it was made for (from the files, or rebuilt from the labels).</summary>
public sealed record LifecyclePlan(Project Project, Plan Plan);
