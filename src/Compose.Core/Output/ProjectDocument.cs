using Compose.Model;

namespace Compose.Output;

/// <summary>
/// The project as plain ordered data (maps, lists, strings, numbers, booleans) shaped like <c>docker compose config</c>,
/// so it can be written as YAML or JSON and loaded again into the same model. Top-level sections come in docker
/// compose's order; names within them and service keys sort ordinally.
/// </summary>
public static class ProjectDocument
{
    /// <param name="escapeDollars">
    /// True when the project was interpolated: every <c>$</c> in a value prints as <c>$$</c>, so loading the output
    /// again yields the same values instead of interpolating them a second time.
    /// </param>
    /// <param name="normalized">False only for a project bound without normalization (compose-go's reference tests).</param>
    public static OrderedMap From(Project project, bool escapeDollars = true, bool normalized = true)
    {
        var document = new OrderedMap { ["name"] = project.Name };
        document["services"] = OutputValues.Map(project.Services, s => (object?)ServiceDocument.From(s)) ?? [];
        document.AddIfSet("networks", OutputValues.Map(project.Networks, n => TopLevelDocument.Network(n, normalized)));
        document.AddIfSet("volumes", OutputValues.Map(project.Volumes, v => TopLevelDocument.Volume(v, normalized)));
        document.AddIfSet("secrets", OutputValues.Map(project.Secrets, TopLevelDocument.FileObject));
        document.AddIfSet("configs", OutputValues.Map(project.Configs, TopLevelDocument.FileObject));
        document.AddIfSet("models", OutputValues.Map(project.Models, TopLevelDocument.Model));
        OutputValues.WithExtensions(document, project.Extensions);
        return escapeDollars ? DollarEscaper.Escape(document) : document;
    }
}
