using Compose.Runtime.Docker;

namespace Compose.Tests.Runtime;

public sealed class BuildOutputNormalizerTests
{
    [Fact]
    public void Docker_steps_are_numbered_by_the_dockerfile_and_the_label_steps_are_hidden()
    {
        var normalizer = new BuildOutputNormalizer(appendedLabelSteps: 2, podman: false);

        var output = new[]
        {
            "Step 1/5 : FROM busybox:latest", "\n", " ---> 0cb91763fd4d\n",
            "Step 3/5 : CMD [\"sh\"]", "\n", " ---> Using cache\n", " ---> b4afbe3a4b68\n",
            "Step 4/5 : LABEL a=1", "\n", " ---> Running in 9fbdd4a0d36e\n", "Removing intermediate container 9fbdd4a0d36e\n",
            "Step 5/5 : LABEL b=2", "\n", " ---> 10b56019ab53\n",
            "Successfully built 10b56019ab53\n",
        }.Select(normalizer.Normalize).OfType<string>();

        string.Concat(output).Should().Be(
            "Step 1/3 : FROM busybox:latest\n ---> 0cb91763fd4d\nStep 3/3 : CMD [\"sh\"]\n ---> Using cache\n ---> b4afbe3a4b68\nSuccessfully built 10b56019ab53\n");
    }

    [Fact]
    public void Podman_lines_take_dockers_shape()
    {
        var normalizer = new BuildOutputNormalizer(appendedLabelSteps: 1, podman: true);

        var lines = new[]
        {
            "STEP 1/3: FROM busybox:latest\n", "STEP 2/3: RUN echo hello\n",
            "--> Using cache bd69c35aa47d2e8e52055d99f09174533171efc5adbeaf03a900785de264c91a\n", "--> bd69c35aa47\n",
            "STEP 3/3: LABEL \"a\"=\"1\"\n", "COMMIT docker.io/library/pbtest:1\n", "--> 0a8a35e5889\n",
            "Successfully tagged docker.io/library/pbtest:1\n",
            "2e5da3619d77c356dacc32e3c89cb5288b40fdced23fc8fb6945619bba3cbac9\n",
        }.Select(normalizer.Normalize).ToList();

        lines.Should().Equal(
            "Step 1/2 : FROM busybox:latest\n", "Step 2/2 : RUN echo hello\n", " ---> Using cache\n", " ---> bd69c35aa47\n",
            null, null, null, "Successfully tagged docker.io/library/pbtest:1\n", null);
    }

    [Fact]
    public void A_step_output_line_passes_unchanged()
    {
        new BuildOutputNormalizer(0, podman: true).Normalize("hello --> world\n").Should().Be("hello --> world\n");
        new BuildOutputNormalizer(0, podman: false).Normalize("hello\n").Should().Be("hello\n");
    }

    [Fact]
    public void Podmans_per_stage_numbers_are_numbered_on_across_the_stages_with_the_labels_only_in_the_last()
    {
        var normalizer = new BuildOutputNormalizer(appendedLabelSteps: 2, podman: true);

        var lines = new[]
        {
            "[1/2] STEP 1/3: FROM busybox:latest AS base\n", "[1/2] STEP 3/3: RUN echo hi > /greeting\n",
            "[2/2] STEP 1/5: FROM base AS runtime\n", "[2/2] STEP 3/5: RUN echo runtime > /stage\n",
            "[2/2] STEP 4/5: LABEL \"a\"=\"1\"\n", "[2/2] COMMIT web\n", "--> 1a2b3c4d5e6\n",
        }.Select(normalizer.Normalize).ToList();

        lines.Should().Equal(
            "Step 1/3 : FROM busybox:latest AS base\n", "Step 3/3 : RUN echo hi > /greeting\n",
            "Step 4/6 : FROM base AS runtime\n", "Step 6/6 : RUN echo runtime > /stage\n", null, null, null);
    }
}
