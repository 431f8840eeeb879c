using System.Collections.Immutable;
using Compose.Loading;
using k8s;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// <c>convert --to kubernetes</c>: a loaded project as Kubernetes manifests for <c>kubectl apply -f</c>. Reads the
/// files the manifests embed, then maps without further I/O. Refusals are <see cref="Errors.ComposeFileException"/>s
/// located in the compose files; constructs with no mapping are left out with one located warning each.
/// </summary>
public static class KubernetesConverter
{
    public static async Task<KubernetesConversion> ConvertAsync(LoadResult loaded, KubernetesOptions options, CancellationToken cancellationToken)
    {
        var files = await new ConversionFileReader(loaded.Project, loaded.Sources).ReadAsync(cancellationToken).ConfigureAwait(false);
        return Convert(new ConversionContext(loaded.Project, loaded.Sources, options, files));
    }

    /// <summary>The pure part: objects in apply order (what pods mount and find first, workloads last).</summary>
    public static KubernetesConversion Convert(ConversionContext context)
    {
        var workloads = context.Project.Services.Values.Select(s => WorkloadBuilder.Build(context, s)).OfType<IKubernetesObject>().ToList();
        IKubernetesObject[] objects =
        [
            .. FileObjectMapper.ConfigMaps(context),
            .. context.Project.Services.Values.Where(s => context.Roles[s.Name].Kind != WorkloadKind.None).SelectMany(s => EnvironmentMapper.ConfigMaps(context, s)),
            .. FileObjectMapper.Secrets(context),
            .. ClaimBuilder.Claims(context),
            .. ServiceExposure.Services(context),
            .. NetworkPolicyBuilder.Policies(context),
            .. workloads,
        ];
        ManifestNames.CheckUnique(context, objects);
        return new KubernetesConversion([.. objects], context.Warnings);
    }
}
