using Compose.Errors;

namespace Compose.Cli.Completion;

/// <summary>
/// The shell side of completion: each script asks <c>composectl __complete WORDS…</c> for the candidates of the word
/// under the cursor, so commands, flags and the current project's service names come from the real parser.
/// </summary>
public static class CompletionScripts
{
    public static readonly IReadOnlyList<string> Shells = ["bash", "zsh", "fish"];

    public static string For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "fish" => Fish,
        _ => throw new UsageException($"unknown shell '{shell}': use bash, zsh or fish."),
    };

    private const string Bash = """
        # composectl completion for bash: source it, or save it as /etc/bash_completion.d/composectl
        _composectl() {
            local IFS=$'\n'
            COMPREPLY=($(composectl __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
        }
        complete -o default -F _composectl composectl

        """;

    private const string Zsh = """
        #compdef composectl
        # composectl completion for zsh: save it as _composectl in a directory of $fpath, or source it
        _composectl() {
            local -a candidates
            candidates=("${(@f)$(composectl __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
            compadd -a candidates
        }
        if [ "$funcstack[1]" = "_composectl" ]; then _composectl "$@"; else compdef _composectl composectl; fi

        """;

    private const string Fish = """
        # composectl completion for fish: save it as ~/.config/fish/completions/composectl.fish
        complete -c composectl -f -a '(composectl __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'

        """;
}
