namespace Compose.TestSupport;

/// <summary>A test over the conformance corpus: skipped with the reason when it is absent, unless it is required.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Corpus.Directory is null && !Corpus.IsRequired)
        {
            Skip = Corpus.MissingReason;
        }
    }
}
