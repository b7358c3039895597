using System.Globalization;
using Attache.Documents;
using Attache.Text;

namespace Attache.Linking;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the publication date:
/// <c>May 22, 2013</c>, <c>Jan. 9</c>, <c>December 12</c>, <c>Oct 6</c>, <c>Monday</c>, <c>on Sunday (Oct 6)</c>,
/// <c>last September</c>, <c>in February</c>, <c>in 2011</c>. A day without a year is taken in the year
/// that puts it nearest the publication date, a month without a year as the latest one not after it
/// ("last" ones before it); without a publication date only expressions with a year resolve.
/// </summary>
internal static class DateResolver
{
    /// <summary>The length of a resolved date with its day (<c>YYYY-MM-DD</c>).</summary>
    private const int FullDateLength = 10;

    private const int DaysInWeek = 7;

    /// <summary>The dates in tokens [<paramref name="from"/>, <paramref name="to"/>); <paramref name="language"/> gives the month and weekday names and the words around them.</summary>
    public static List<DateMention> Find(IReadOnlyList<Token> tokens, int from, int to, DateOnly? published, LanguageProfile language)
    {
        var months = language.Calendar.Months;
        var weekdays = language.Calendar.Weekdays;
        var previous = language.Words(GrammarRole.Previous);
        var following = language.Words(GrammarRole.Following);
        var found = new List<DateMention>();
        for (var i = from; i < to; i++)
        {
            var word = tokens[i].Text;
            // A month name that is also a modal ("May") is a month only before a day or a year.
            if (char.IsUpper(word[0]) && months.TryGetValue(word, out var month) && !(language.EventModals.Contains(word) && !LooksLikeMonthContext(tokens, i, to)))
            {
                var end = i + 1;
                int? day = null;
                int? year = null;
                if (end < to && Number(tokens[end].Text, 1, 31) is { } d)
                {
                    day = d;
                    end++;
                    if (end + 1 < to && tokens[end].Text == "," && Number(tokens[end + 1].Text, 1900, 2100) is { } y1)
                    {
                        year = y1;
                        end += 2;
                    }
                }
                else if (end < to && Number(tokens[end].Text, 1900, 2100) is { } y2)
                {
                    year = y2;
                    end++;
                }

                var last = i > from && previous.Contains(tokens[i - 1].Text);
                if (Resolve(year, month, day, published, last) is { } value)
                {
                    found.Add(new DateMention(last ? i - 1 : i, end, value));
                }

                i = end - 1;
            }
            else if (published is { } p && weekdays.TryGetValue(word, out var dayOfWeek))
            {
                var back = ((int)p.DayOfWeek - (int)dayOfWeek + DaysInWeek) % DaysInWeek;
                var ahead = ((int)dayOfWeek - (int)p.DayOfWeek + DaysInWeek) % DaysInWeek;
                var last = i > from && previous.Contains(tokens[i - 1].Text);
                var next = i > from && following.Contains(tokens[i - 1].Text);
                if (last && back == 0)
                {
                    back = DaysInWeek;
                }

                if (next)
                {
                    found.Add(new DateMention(i - 1, i + 1, Format(p.AddDays(ahead == 0 ? DaysInWeek : ahead))));
                }
                else
                {
                    found.Add(new DateMention(last ? i - 1 : i, i + 1, Format(p.AddDays(-back)), last ? null : Format(p.AddDays(ahead))));
                }
            }
            else if (char.IsAsciiDigit(word[0]) && Number(word, 1900, 2100) is { } year && i > from && language.Words(GrammarRole.YearPreposition).Contains(tokens[i - 1].Text))
            {
                found.Add(new DateMention(i, i + 1, year.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return found;
    }

    /// <summary>
    /// The article's own date when no publication date is given: its first date written with day, month
    /// and year (a dateline's <c>May 2, 2018</c>), or null.
    /// </summary>
    public static DateOnly? ArticleDate(DocumentDraft draft, LanguageProfile language)
    {
        foreach (var sentence in draft.Sentences)
        {
            foreach (var date in Find(draft.Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, null, language))
            {
                if (date.Value.Length == FullDateLength)
                {
                    return DateOnly.ParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
            }
        }

        return null;
    }

    private static bool LooksLikeMonthContext(IReadOnlyList<Token> tokens, int i, int to) =>
        i + 1 < to && (Number(tokens[i + 1].Text, 1, 31) is not null || Number(tokens[i + 1].Text, 1900, 2100) is not null);

    private static string? Resolve(int? year, int month, int? day, DateOnly? published, bool last)
    {
        if (year is null)
        {
            if (published is not { } p)
            {
                return null;
            }

            year = last || day is null ? LatestYear(month, p, last) : NearestYear(month, day.Value, p);
        }

        if (day is { } d)
        {
            return d <= DateTime.DaysInMonth(year.Value, month) ? Format(new DateOnly(year.Value, month, d)) : null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
    }

    /// <summary>
    /// The year that puts a day nearest the publication date: news reports the past and announces the
    /// near future by its day ("will launch between Dec. 10 and 22" written on Dec. 2).
    /// </summary>
    private static int NearestYear(int month, int day, DateOnly published) =>
        new[] { published.Year - 1, published.Year, published.Year + 1 }
            .MinBy(y => Math.Abs(new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))).DayNumber - published.DayNumber));

    /// <summary>The latest year in which a month (a "last" one: strictly before) does not start after the publication month.</summary>
    private static int LatestYear(int month, DateOnly published, bool last) =>
        month > published.Month || (last && month == published.Month) ? published.Year - 1 : published.Year;

    private static int? Number(string text, int min, int max) =>
        text.Length <= 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
