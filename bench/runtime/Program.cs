using Compose.Runtime.Bench;

// Usage: overhead [inspects] [cycles] [rounds] | logs [containers] [seconds]
var mode = args.Length > 0 ? args[0] : "overhead";
var numbers = args.Skip(1).Select(int.Parse).ToArray();
int Arg(int index, int fallback) => numbers.Length > index ? numbers[index] : fallback;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
    .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
return mode switch
{
    "overhead" => await new OverheadBenchmark(environment, Arg(0, 200), Arg(1, 50), Arg(2, 5)).RunAsync(cancel.Token),
    "logs" => await new LogMemoryBenchmark(environment, Arg(0, 20), Arg(1, 60)).RunAsync(cancel.Token),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Compose.Runtime.Bench overhead [inspects] [cycles] [rounds] | logs [containers] [seconds]");
    return 2;
}
