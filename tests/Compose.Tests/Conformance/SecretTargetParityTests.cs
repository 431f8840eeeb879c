using Compose.Model;
using Compose.Output;

namespace Compose.Tests.Conformance;

/// <summary>
/// A short-syntax secret prints with its default target, as docker compose does (issue 14, item 2). compose-go fills
/// it in its defaults (transform/defaults.go, <c>services.*.secrets.*</c>: <c>/run/secrets/&lt;source&gt;</c> when
/// <c>target</c> is absent). It has no such default for configs nor for build secrets, so neither gets one here; a
/// relative target stays as written (the container sees it under <c>/run/secrets/</c>). The model keeps a short
/// entry's target unset: hash version 1 hashed it that way.
/// </summary>
public class SecretTargetParityTests
{
    [CorpusFact]
    public async Task A_short_secret_prints_its_default_target_and_the_model_keeps_it_unset()
    {
        var project = (await CorpusLoader.LoadAsync("awesome-compose/nginx-aspnet-mysql/compose.yaml")).Project;

        var text = YamlOutput.Write(ProjectDocument.From(project));

        text.Should().Contain("    secrets:\n      - source: db-password\n        target: /run/secrets/db-password\n");
        project.Services["backend"].Secrets.Should().Equal(new ServiceFileReference { Source = "db-password" });
    }

    [Fact]
    public async Task Configs_build_secrets_and_written_targets_print_as_written()
    {
        var text = YamlOutput.Write(ProjectDocument.From(await TestProjects.ProjectAsync("""
            services:
              web:
                image: x
                build: {context: ., secrets: [token]}
                secrets: [{source: token, target: api_token}, {source: token, target: /etc/token}]
                configs: [app]
            secrets:
              token: {file: ./token.txt}
            configs:
              app: {content: "x=1"}
            """)));

        text.Should().Contain("      secrets:\n        - source: token\n    configs:\n      - source: app\n");
        text.Should().Contain("    secrets:\n      - source: token\n        target: api_token\n      - source: token\n        target: /etc/token\n");
    }
}
