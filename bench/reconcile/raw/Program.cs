using Compose.Bench.Raw;

// raw-engine up PROJECT COUNT independent|chain   |   raw-engine down PROJECT [ordered]
// The same containers composectl makes for the benchmark's files, made with no orchestration at all: every
// create at once, then every start at once (a chain starts one after the other, as its order requires).
await using var engine = new EngineClient(Environment.GetEnvironmentVariable("DOCKER_HOST"));
return args switch
{
    ["up", var project, var count, var shape] => await Stack.UpAsync(engine, project, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), shape == "chain"),
    ["down", var project] => await Stack.DownAsync(engine, project, ordered: false),
    ["down", var project, "ordered"] => await Stack.DownAsync(engine, project, ordered: true),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: raw-engine up PROJECT COUNT independent|chain | raw-engine down PROJECT [ordered]");
    return 2;
}
