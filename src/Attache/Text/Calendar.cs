using System.Globalization;

namespace Attache.Text;

/// <summary>
/// The month and weekday names of a language (<c>calendar.tsv</c>): <c>month&lt;TAB&gt;name&lt;TAB&gt;1-12</c> and
/// <c>weekday&lt;TAB&gt;name&lt;TAB&gt;0-6</c> (0 is Sunday). Month names compare ignoring case (the date resolver
/// wants a capital in the text); weekday names compare as written.
/// </summary>
internal sealed class Calendar
{
    private const string MonthKind = "month";

    private const string WeekdayKind = "weekday";

    private const int MonthsInYear = 12;

    private const int DaysInWeek = 7;

    private const int Columns = 3;

    private Calendar(Dictionary<string, int> months, Dictionary<string, DayOfWeek> weekdays)
    {
        Months = months;
        Weekdays = weekdays;
    }

    /// <summary>Month names and abbreviations to their number, 1 to 12.</summary>
    public IReadOnlyDictionary<string, int> Months { get; }

    /// <summary>Weekday names to their day.</summary>
    public IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; }

    /// <summary>Reads a <c>calendar.tsv</c>; the message of a bad row names the file and line.</summary>
    /// <exception cref="InvalidDataException">A row is not <c>month|weekday&lt;TAB&gt;name&lt;TAB&gt;number</c> with a number in range.</exception>
    public static Calendar Parse(string text, string file)
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        foreach (var (line, fields) in TsvRows.Read(text))
        {
            var number = fields.Length == Columns && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
            if (fields.Length == Columns && fields[0] == MonthKind && number is >= 1 and <= MonthsInYear)
            {
                months[fields[1]] = number;
            }
            else if (fields.Length == Columns && fields[0] == WeekdayKind && number is >= 0 and < DaysInWeek)
            {
                weekdays[fields[1]] = (DayOfWeek)number;
            }
            else
            {
                throw new InvalidDataException($"{file}:{line}: expected 'month<TAB>name<TAB>1-12' or 'weekday<TAB>name<TAB>0-6' (0 is Sunday)");
            }
        }

        return new Calendar(months, weekdays);
    }

    /// <summary>This calendar with the names of <paramref name="other"/>: instead of its own when <paramref name="replace"/>, else beside them.</summary>
    public Calendar Combine(Calendar other, bool replace)
    {
        var months = new Dictionary<string, int>(replace ? other.Months : Months.Concat(other.Months).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()), StringComparer.OrdinalIgnoreCase);
        var weekdays = new Dictionary<string, DayOfWeek>(replace ? other.Weekdays : Weekdays.Concat(other.Weekdays).GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.Last()), StringComparer.Ordinal);
        return new Calendar(months, weekdays);
    }
}
