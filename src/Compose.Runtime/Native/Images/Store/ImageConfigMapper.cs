using System.Collections.Immutable;
using System.Globalization;
using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>An image configuration blob → <see cref="NativeImageConfig"/> (the parts a container is made from).</summary>
internal static class ImageConfigMapper
{
    public static NativeImageConfig ToConfig(ImageConfigFileDto file)
    {
        var config = file.Config ?? new ContainerConfigDto();
        return new NativeImageConfig
        {
            Entrypoint = [.. config.Entrypoint ?? []],
            Cmd = [.. config.Cmd ?? []],
            Env = [.. config.Env ?? []],
            WorkingDir = Blank(config.WorkingDir),
            User = Blank(config.User),
            StopSignal = Blank(config.StopSignal),
            Labels = (config.Labels ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
            ExposedPorts = [.. (config.ExposedPorts ?? []).Keys.Order(StringComparer.Ordinal)],
            Volumes = [.. (config.Volumes ?? []).Keys.Order(StringComparer.Ordinal)],
            Healthcheck = config.Healthcheck is { } check ? ToHealthCheck(check) : null,
            Os = file.Os ?? "linux",
            Architecture = file.Architecture ?? "amd64",
        };
    }

    public static DateTimeOffset Created(ImageConfigFileDto file) =>
        DateTimeOffset.TryParse(file.Created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created) ? created : DateTimeOffset.UnixEpoch;

    private static HealthCheckSpec ToHealthCheck(HealthcheckDto check) => new()
    {
        Test = [.. check.Test ?? []],
        Interval = Duration(check.Interval),
        Timeout = Duration(check.Timeout),
        StartPeriod = Duration(check.StartPeriod),
        StartInterval = Duration(check.StartInterval),
        Retries = check.Retries is > 0 ? check.Retries : null,
    };

    private static TimeSpan? Duration(long? nanoseconds) => nanoseconds is > 0 ? TimeSpan.FromTicks(nanoseconds.Value / 100) : null;

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
