namespace Compose.Output;

/// <summary>A string-keyed map that keeps insertion order, for output documents.</summary>
public sealed class OrderedMap : List<KeyValuePair<string, object?>>
{
    public object? this[string key]
    {
        get => this.FirstOrDefault(e => e.Key == key).Value;
        set
        {
            var index = FindIndex(e => e.Key == key);
            if (index >= 0)
            {
                this[index] = new(key, value);
            }
            else
            {
                Add(new(key, value));
            }
        }
    }

    /// <summary>Adds the entry unless <paramref name="value"/> is null (unset values are not printed).</summary>
    public void AddIfSet(string key, object? value)
    {
        if (value is not null)
        {
            this[key] = value;
        }
    }
}
