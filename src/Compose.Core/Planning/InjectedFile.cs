namespace Compose.Planning;

/// <summary>
/// A secret or config a container receives as a copied file (not a bind mount): inline content, a variable's value,
/// or a host file that must get its own owner and mode. <see cref="HostPath"/> is read when the step runs;
/// <see cref="Inline"/> holds the value (never printed: plan text shows only the step).
/// </summary>
public sealed record InjectedFile(string Target, string? HostPath, string? Inline, int Uid, int Gid, int Mode)
{
    public override string ToString() => $"{Target} ({Uid}:{Gid} {Convert.ToString(Mode, 8)})";
}
