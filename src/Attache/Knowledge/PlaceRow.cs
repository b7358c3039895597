using System.Globalization;

namespace Attache.Knowledge;

/// <summary>
/// Reads the columns of one places-file row, reporting each bad value to the file's
/// <see cref="KnowledgeErrors"/> with the column's name, and reading on.
/// </summary>
internal sealed class PlaceRow(string[] fields, int line, KnowledgeErrors errors)
{
    /// <summary>The separator of a row's aliases.</summary>
    public const char AliasSeparator = '|';

    /// <summary>The column's header name, which errors name as the field.</summary>
    public static string Name(PlaceColumn column) => column.ToString().ToLowerInvariant();

    /// <summary>The column's text; null where the row leaves it out or empty.</summary>
    public string? Text(PlaceColumn column) =>
        (int)column < fields.Length && fields[(int)column].Length > 0 ? fields[(int)column] : null;

    public string? Required(PlaceColumn column)
    {
        var text = Text(column);
        if (text is null)
        {
            errors.Add(line, Name(column), (int)column < fields.Length ? "must not be empty" : "required column is missing");
        }

        return text;
    }

    /// <summary>The country column: empty (a place shared or disputed) or a code of <see cref="CountryCodes"/>.</summary>
    public string? Country()
    {
        var code = Text(PlaceColumn.Country);
        if (code is not null && !CountryCodes.IsValid(code))
        {
            errors.Add(line, Name(PlaceColumn.Country), $"'{code}' is not a country code; expected {CountryCodes.Expected}");
            return null;
        }

        return code;
    }

    /// <summary>A latitude or longitude: empty, or decimal degrees within ±<paramref name="limit"/>. The records keep no coordinates; a bad one is still a sign of shifted columns.</summary>
    public void Coordinate(PlaceColumn column, double limit)
    {
        var text = Text(column);
        if (text is not null
            && (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var degrees)
                || Math.Abs(degrees) > limit))
        {
            errors.Add(line, Name(column), $"'{text}' is not a coordinate; expected decimal degrees from -{limit} to {limit}");
        }
    }

    /// <summary>The population: empty for unknown (0), or a whole number of inhabitants.</summary>
    public long Population()
    {
        var text = Text(PlaceColumn.Population);
        if (text is null)
        {
            return 0;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var population))
        {
            errors.Add(line, Name(PlaceColumn.Population), $"'{text}' is not a population; expected a whole number of inhabitants (0 or empty for unknown)");
            return 0;
        }

        return population;
    }

    public string[] Aliases() => Text(PlaceColumn.Aliases)?.Split(AliasSeparator, StringSplitOptions.RemoveEmptyEntries) ?? [];
}
