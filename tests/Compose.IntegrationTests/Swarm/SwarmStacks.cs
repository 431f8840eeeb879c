namespace Compose.IntegrationTests.Swarm;

/// <summary>The stacks the swarm tests deploy (<c>{registry}</c> is the fixture's registry on the bridge).</summary>
public static class SwarmStacks
{
    /// <summary>A web service of one image and nothing else (busybox httpd ignores SIGTERM: a short grace period).</summary>
    public static string Single(string service, string image, string extra = "") => $$"""
        services:
          {{service}}:
            image: {registry}/swarmtest/{{image}}
            stop_grace_period: 1s
        {{extra}}
        """;

    /// <summary>A health check the busybox httpd images pass when they serve /health (the broken tag does not).</summary>
    public const string HealthCheck = """
            healthcheck:
              test: ["CMD-SHELL", "printf 'GET /health HTTP/1.0\\r\\n\\r\\n' | nc -w 2 127.0.0.1 80 | grep -q '200 OK'"]
              interval: 1s
              timeout: 2s
              retries: 2
        """;

    /// <summary>
    /// A webapp-style stack: four web replicas on an overlay network (DNS round robin: this machine's kernel has no
    /// IPVS for virtual IPs), with a secret, a config and a named volume, and a probe on the manager that reaches them
    /// by name. Rolling updates two at a time, rolled back by the swarm when the new tasks fail their health check.
    /// </summary>
    /// <param name="monitor">How long the swarm watches each new task for failure: long enough for a failing health check to show.</param>
    public static string Webapp(string tag = "v1", string page = "page v1", string monitor = "1s") => $$"""
        services:
          web:
            image: {registry}/swarmtest/web:{{tag}}
            networks: [front]
            # busybox httpd ignores SIGTERM: do not wait the default 10 s before killing it on every update.
            stop_grace_period: 1s
            volumes: [cache:/cache]
            secrets: [token]
            configs:
              - source: page
                target: /www/page.html
        {{HealthCheck}}
            deploy:
              replicas: 4
              endpoint_mode: dnsrr
              labels: {tier: web}
              update_config: {parallelism: 2, delay: 1s, monitor: {{monitor}}, failure_action: rollback, order: start-first}
              rollback_config: {parallelism: 0, monitor: 1s}
          probe:
            image: {registry}/swarmtest/busybox:latest
            command: [sh, -c, "echo probe ready; exec sleep 86400"]
            stop_grace_period: 1s
            networks: [front]
            depends_on: [web]
            deploy:
              placement:
                constraints: [node.role==manager]
        networks:
          front:
            attachable: true
        volumes:
          cache: {}
        secrets:
          token:
            file: ./token.txt
        configs:
          page:
            content: "{{page}}"
        """;
}
