using System.CommandLine;

namespace Compose.Cli.Commands;

/// <summary>The trailing <c>SERVICE...</c> argument many commands take.</summary>
public static class ServiceArguments
{
    /// <summary>The name every service argument has (completion offers the project's services for it).</summary>
    public const string Name = "SERVICE";

    /// <summary>Zero or more service names; a value that looks like a flag is an unknown flag, not a service.</summary>
    public static Argument<string[]> Create()
    {
        var argument = new Argument<string[]>(Name) { Arity = ArgumentArity.ZeroOrMore, Description = "Services to act on (default: all)" };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"unknown flag: {token.Value}");
            }
        });
        return argument;
    }
}
