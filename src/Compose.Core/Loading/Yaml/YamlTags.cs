namespace Compose.Loading.Yaml;

/// <summary>The local YAML tags compose files use to steer merging (see docs/loading.md, stage "merge").</summary>
public static class YamlTags
{
    /// <summary>Removes the value inherited from earlier files or from the extended service.</summary>
    public const string Reset = "!reset";

    /// <summary>Replaces the inherited value wholesale instead of merging into it.</summary>
    public const string Override = "!override";

    /// <summary>The standard string tag (<c>!!str</c>): such a scalar is a string whatever it looks like.</summary>
    public const string String = "tag:yaml.org,2002:str";
}
