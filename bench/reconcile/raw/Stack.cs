using System.Globalization;

namespace Compose.Bench.Raw;

/// <summary>The benchmark stack made and removed straight through the engine API.</summary>
public static class Stack
{
    public static async Task<int> UpAsync(EngineClient engine, string project, int count, bool chain)
    {
        var network = $"{project}_default";
        await engine.SendAsync(HttpMethod.Post, "networks/create", $$$"""{"Name":"{{{network}}}","Driver":"bridge","Labels":{"com.docker.compose.project":"{{{project}}}","com.docker.compose.network":"default"}}""");
        var names = Enumerable.Range(1, count).Select(i => $"s{i.ToString("D2", CultureInfo.InvariantCulture)}").ToList();
        var ids = await Task.WhenAll(names.Select(service => CreateAsync(engine, project, service, network)));
        if (chain)
        {
            // s01 depends on s02 ... on sNN: the last one starts first.
            foreach (var id in ids.Reverse())
            {
                await engine.SendAsync(HttpMethod.Post, $"containers/{id}/start");
            }
        }
        else
        {
            await Task.WhenAll(ids.Select(id => engine.SendAsync(HttpMethod.Post, $"containers/{id}/start")));
        }

        return 0;
    }

    /// <summary>
    /// Stops and removes every container, then the network. Unordered: all at once. Ordered (a chain): each stop
    /// after the previous one (s01, which depends on s02, first), each removal as soon as its stop is done.
    /// </summary>
    public static async Task<int> DownAsync(EngineClient engine, string project, bool ordered)
    {
        var filter = Uri.EscapeDataString($$$"""{"label":["com.docker.compose.project={{{project}}}"]}""");
        var containers = (await engine.SendAsync(HttpMethod.Get, $"containers/json?all=1&filters={filter}")).EnumerateArray()
            .Select(c => (Id: c.GetProperty("Id").GetString()!, Name: c.GetProperty("Names")[0].GetString()!))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        if (ordered)
        {
            var removals = new List<Task>();
            foreach (var (id, _) in containers)
            {
                await engine.SendAsync(HttpMethod.Post, $"containers/{id}/stop");
                removals.Add(engine.SendAsync(HttpMethod.Delete, $"containers/{id}"));
            }

            await Task.WhenAll(removals);
        }
        else
        {
            await Task.WhenAll(containers.Select(async c =>
            {
                await engine.SendAsync(HttpMethod.Post, $"containers/{c.Id}/stop");
                await engine.SendAsync(HttpMethod.Delete, $"containers/{c.Id}");
            }));
        }

        await engine.SendAsync(HttpMethod.Delete, $"networks/{project}_default");
        return 0;
    }

    private static async Task<string> CreateAsync(EngineClient engine, string project, string service, string network)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Image"] = "busybox:latest",
            ["Cmd"] = new[] { "sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait" },
            ["Labels"] = new Dictionary<string, string>
            {
                ["com.docker.compose.project"] = project,
                ["com.docker.compose.service"] = service,
                ["com.docker.compose.container-number"] = "1",
                ["com.docker.compose.oneoff"] = "False",
            },
            ["HostConfig"] = new Dictionary<string, object> { ["NetworkMode"] = network },
            ["NetworkingConfig"] = new Dictionary<string, object>
            {
                ["EndpointsConfig"] = new Dictionary<string, object> { [network] = new Dictionary<string, object> { ["Aliases"] = new[] { service } } },
            },
        });
        var created = await engine.SendAsync(HttpMethod.Post, $"containers/create?name={project}-{service}-1", body);
        return created.GetProperty("Id").GetString()!;
    }
}
