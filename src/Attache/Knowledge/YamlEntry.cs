using YamlDotNet.RepresentationModel;

namespace Attache.Knowledge;

/// <summary>
/// Reads one mapping of a knowledge file (an official, a role, a title, a trigger type), reporting each
/// problem to the file's <see cref="KnowledgeErrors"/> and reading on. The keys a reader asks for are
/// the schema: <see cref="RejectUnknownKeys"/>, called once every key has been read, reports the
/// others, so the schema lives in one place, the code that reads the entry.
/// </summary>
internal sealed class YamlEntry(YamlMappingNode map, KnowledgeErrors errors, string? parent = null)
{
    private readonly List<string> _known = [];

    public YamlMappingNode Node { get; } = map;

    /// <summary>A text value; null where the key is absent or null. A required key that is absent or empty is an error.</summary>
    public string? Text(string key, bool required = false)
    {
        var value = Value(key);
        if (value is null)
        {
            if (required)
            {
                errors.Add(Node, Field(key), "required key is missing");
            }

            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            errors.Add(value, Field(key), $"expected text, found {Shape(value)}");
            return null;
        }

        var text = IsNull(scalar) ? null : scalar.Value;
        if (text is null && required)
        {
            errors.Add(value, Field(key), "must not be empty");
        }

        return text;
    }

    /// <summary>A list of text; empty where the key is absent or null. Text where a list belongs is an error (<c>aliases: Kim</c>, not <c>aliases: [Kim]</c>).</summary>
    public string[] List(string key)
    {
        var value = Value(key);
        if (value is null || value is YamlScalarNode scalar && IsNull(scalar))
        {
            return [];
        }

        if (value is not YamlSequenceNode list)
        {
            errors.Add(value, Field(key), $"expected a list of text ([a, b]), found {Shape(value)}");
            return [];
        }

        var items = new List<string>();
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text })
            {
                items.Add(text);
            }
            else if (item is not YamlScalarNode)
            {
                errors.Add(item, Field(key), $"expected text in the list, found {Shape(item)}");
            }
        }

        return [.. items];
    }

    /// <summary>A list of mappings (an official's roles), each read by the caller; absent or null is none.</summary>
    public List<YamlEntry> Entries(string key)
    {
        var value = Value(key);
        var entries = new List<YamlEntry>();
        if (value is null || value is YamlScalarNode scalar && IsNull(scalar))
        {
            return entries;
        }

        if (value is not YamlSequenceNode list)
        {
            errors.Add(value, Field(key), $"expected a list of mappings, found {Shape(value)}");
            return entries;
        }

        foreach (var item in list.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                entries.Add(new YamlEntry(mapping, errors, Field(key)));
            }
            else
            {
                errors.Add(item, Field(key), $"expected a mapping ({{key: value, ...}}), found {Shape(item)}");
            }
        }

        return entries;
    }

    /// <summary><c>true</c> or <c>false</c> (YAML 1.1's <c>yes</c> and <c>no</c> too); absent or null is false.</summary>
    public bool Flag(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return false;
        }

        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!text.Equals("false", StringComparison.OrdinalIgnoreCase) && !text.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Value(key)!, Field(key), $"expected true or false, found '{text}'");
        }

        return false;
    }

    /// <summary>A country code (<see cref="CountryCodes"/>); anything else is an error.</summary>
    public string? Country(string key, bool required = false)
    {
        var code = Text(key, required);
        if (code is not null && !CountryCodes.IsValid(code))
        {
            errors.Add(Value(key)!, Field(key), $"'{code}' is not a country code; expected {CountryCodes.Expected}");
            return null;
        }

        return code;
    }

    /// <summary>A partial ISO date (<see cref="PartialDate"/>); null (an open end) where absent or null.</summary>
    public string? Date(string key)
    {
        var date = Text(key);
        if (date is not null && !PartialDate.IsValid(date))
        {
            errors.Add(Value(key)!, Field(key), $"'{date}' is not a date; expected {PartialDate.Expected}");
            return null;
        }

        return date;
    }

    /// <summary>Reports every key the reader did not ask for, with the keys it did.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in Node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !_known.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(key, name is null ? parent : Field(name), $"unknown key; expected {string.Join(", ", _known)}");
            }
        }
    }

    /// <summary>Plain <c>null</c>, <c>~</c> or nothing: YAML's null, which the files use for an open end (<c>to: null</c>).</summary>
    public static bool IsNull(YamlScalarNode scalar) => scalar.Value is null or "" or "null" or "~";

    /// <summary>How a node is shaped, for error messages.</summary>
    public static string Shape(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "text",
    };

    private YamlNode? Value(string key)
    {
        if (!_known.Contains(key, StringComparer.Ordinal))
        {
            _known.Add(key);
        }

        return Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private string Field(string key) => parent is null ? key : parent + "." + key;
}
