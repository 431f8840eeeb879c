using System.Collections.Immutable;

namespace Compose.Tests.Conformance;

/// <summary>
/// Corpus fixtures that do not load, each with the text its error must contain. Some are invalid on purpose upstream,
/// some are parts of larger projects or need variables their test harness sets, some use remote references. Keep in step with the
/// table in docs/compatibility.md.
/// </summary>
public static class KnownFixtureFailures
{
    /// <param name="ExpectedText">Text the error message must contain.</param>
    /// <param name="FileNamed">The file the message names when it is not the fixture itself (an included or env file).</param>
    public sealed record Reason(string ExpectedText, string? FileNamed = null);

    public static readonly ImmutableSortedDictionary<string, Reason> Reasons =
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, Reason>
        {
            ["compose-go/loader/testdata/compose-include-cycle.yaml"] = new("include cycle: compose-include-cycle.yaml -> compose-include-cycle.yaml"), // invalid on purpose
            ["compose-go/loader/testdata/extends/base.yaml"] = new("service \"nil\" has neither an image nor a build context"), // a base file for extends, not a project on its own
            ["compose-go/loader/testdata/remote/cycle/compose-cycle.yaml"] = new("remote:cycle/compose.yaml: no such file"), // remote extends (git/OCI) cannot be fetched
            ["compose-go/loader/testdata/remote/cycle/compose.yaml"] = new("remote:cycle/compose-cycle.yaml: no such file"), // remote extends (git/OCI) cannot be fetched
            ["compose-go/loader/testdata/remote/nested/compose.yaml"] = new("remote:nested/compose-nested.yaml: no such file"), // remote extends (git/OCI) cannot be fetched
            ["compose-e2e/fixtures/build-test/platforms/compose-service-platform-not-in-build-platforms.yaml"] = new("is not one of build.platforms"), // invalid on purpose
            ["compose-e2e/fixtures/wrong-composefile/compose.yaml"] = new("unknown key 'wrongField'"), // invalid on purpose
            ["compose-go/loader/testdata/compose-depends-on-cycle.yaml"] = new("dependency cycle between services: service1 -> service2 -> service3 -> service1"), // invalid on purpose
            ["compose-go/loader/testdata/compose-depends-on-profile-no-cycle.yaml"] = new("dependency cycle between services: service1 -> service2 -> service3 -> service1"), // byte-identical to the cycle file
            ["compose-go/loader/testdata/compose-depends-on-self.yaml"] = new("dependency cycle between services: service1 -> service1"), // invalid on purpose
            ["compose-go/loader/full-example.yml"] = new("refers to undefined network other-other-network"), // refers to networks and services it does not define; compose-go loads it without consistency checks (see FullExampleTests)
            ["compose-e2e/testdata/TestLocalComposeConfigNoConsistency/compose.yaml"] = new("has neither an image nor a build context"), // used with config --no-consistency
            ["compose-e2e/fixtures/env_file/compose.yaml"] = new("/doesnotexist/.env not found"), // docker compose reads env files only for the services a command uses
            ["compose-e2e/fixtures/logs-test/cat.yaml"] = new("is not a valid volume"), // needs FILE from the test harness
            ["compose-e2e/testdata/TestImagesAfterImageRemoved/compose.yaml"] = new("has neither an image nor a build context"), // needs REMOVED_IMAGE from the test harness
            ["compose-e2e/testdata/TestUpWithBuildDependencies/compose.yaml"] = new("has neither an image nor a build context"), // needs BUILT_IMAGE from the test harness
            ["compose-e2e/testdata/TestUpImageID/compose.yaml"] = new("required variable ID is missing a value"), // needs ID from the test harness
            ["compose-e2e/fixtures/publish/oci/compose-override.yaml"] = new("has neither an image nor a build context"), // an override file, not a project on its own
            ["compose-go/loader/testdata/include/dir/compose.yaml"] = new("extra.env not found"), // an included file whose env file the including project provides
            ["compose-go/schema/using-variables.yaml"] = new("'kind' is required here"), // a schema fixture: every value is ${VARIABLE}, unset here
        });
}
