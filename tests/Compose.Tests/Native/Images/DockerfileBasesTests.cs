using Compose.Runtime.Native.Images.Build;

namespace Compose.Tests.Native.Images;

public class DockerfileBasesTests
{
    [Fact]
    public void Bases_are_found_after_arg_substitution_without_stages_or_scratch()
    {
        var dockerfile = """
            # syntax=docker/dockerfile:1
            ARG BASE=busybox
            ARG TAG
            FROM --platform=linux/amd64 ${BASE}:${TAG:-latest} AS build
            RUN echo hi
            FROM build AS test
            FROM scratch
            COPY --from=build /x /x
            FROM \
              registry.example/team/runtime:$TAG
            """;

        var bases = DockerfileBases.Find(dockerfile, new Dictionary<string, string> { ["TAG"] = "1.36" });

        bases.Should().Equal("busybox:1.36", "registry.example/team/runtime:1.36");
    }

    [Fact]
    public void Defaults_apply_when_no_build_arg_is_given() =>
        DockerfileBases.Find("ARG V=3\nFROM alpine:$V\n", new Dictionary<string, string>()).Should().Equal("alpine:3");
}
