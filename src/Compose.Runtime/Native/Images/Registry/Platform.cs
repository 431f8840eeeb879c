using System.Runtime.InteropServices;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// An image platform <c>os/architecture[/variant]</c>, normalized as containerd does (<c>x86_64</c> → <c>amd64</c>,
/// <c>aarch64</c> → <c>arm64</c>, arm64's variant <c>v8</c> implied, arm's <c>v7</c>).
/// </summary>
internal sealed record Platform(string Os, string Architecture, string? Variant)
{
    public static Platform Host { get; } = new("linux", HostArchitecture(), RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm ? "v7" : null);

    public static Platform Parse(string text)
    {
        var parts = text.ToLowerInvariant().Split('/');
        return parts.Length switch
        {
            1 => Normalize(new Platform("linux", parts[0], null)),
            2 => Normalize(new Platform(parts[0], parts[1], null)),
            3 => Normalize(new Platform(parts[0], parts[1], parts[2])),
            _ => throw new ArgumentException($"'{text}' is not a platform (expected os/architecture[/variant], e.g. linux/arm64)"),
        };
    }

    public static Platform Normalize(Platform platform)
    {
        var (architecture, variant) = (platform.Architecture.ToLowerInvariant(), platform.Variant?.ToLowerInvariant());
        (architecture, variant) = architecture switch
        {
            "x86_64" or "x86-64" => ("amd64", variant),
            "aarch64" or "arm64" => ("arm64", variant is null or "8" or "v8" ? null : variant),
            "armhf" => ("arm", "v7"),
            "armel" => ("arm", "v6"),
            "arm" => ("arm", variant is null ? "v7" : variant.StartsWith('v') ? variant : "v" + variant),
            "i386" or "i686" => ("386", variant),
            _ => (architecture, variant),
        };
        return new Platform(platform.Os.ToLowerInvariant(), architecture, string.IsNullOrEmpty(variant) ? null : variant);
    }

    public override string ToString() => Variant is null ? $"{Os}/{Architecture}" : $"{Os}/{Architecture}/{Variant}";

    private static string HostArchitecture() => RuntimeInformation.OSArchitecture switch
    {
        System.Runtime.InteropServices.Architecture.X64 => "amd64",
        System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
        System.Runtime.InteropServices.Architecture.Arm => "arm",
        System.Runtime.InteropServices.Architecture.X86 => "386",
        System.Runtime.InteropServices.Architecture.S390x => "s390x",
        System.Runtime.InteropServices.Architecture.Ppc64le => "ppc64le",
        System.Runtime.InteropServices.Architecture.RiscV64 => "riscv64",
        var other => other.ToString().ToLowerInvariant(),
    };
}
