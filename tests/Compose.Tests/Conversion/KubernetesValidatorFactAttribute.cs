namespace Compose.Tests.Conversion;

/// <summary>A test that needs the Kubernetes schema validator; with <c>corpus: true</c>, the conformance corpus too.</summary>
public sealed class KubernetesValidatorFactAttribute : FactAttribute
{
    public KubernetesValidatorFactAttribute(bool corpus = false)
    {
        if (!KubernetesValidator.IsRequired && KubernetesValidator.UnavailableReason is { } reason)
        {
            Skip = $"No Kubernetes schema validator: {reason}. Run scripts/bootstrap --k8s-tools (CI sets COMPOSE_TEST_REQUIRE_DOCKER=1 and fails instead).";
        }
        else if (corpus && Corpus.Directory is null && !Corpus.IsRequired)
        {
            Skip = Corpus.MissingReason;
        }
    }
}
