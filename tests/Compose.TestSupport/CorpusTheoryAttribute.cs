namespace Compose.TestSupport;

/// <summary>A theory over corpus files: skipped with the reason when the corpus is absent, unless it is required.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (Corpus.Directory is null && !Corpus.IsRequired)
        {
            Skip = Corpus.MissingReason;
        }
    }
}
