using Attache.Documents;
using Attache.Tests.Cli;
using Attache.Text;

namespace Attache.Tests.Text;

/// <summary>The language data lives in one file a list, and a profile of other files changes what the pipeline does.</summary>
public class LanguageProfileTests
{
    private static readonly string EnglishFolder = Path.Combine(RepoPaths.Root, "src", "Attache", "Text", "Language", "en");

    private const string EventCuesFile = "event-cues.tsv";

    private const string GrammarWordsFile = "grammar-words.tsv";

    private const string CalendarFile = "calendar.tsv";

    /// <summary>A visit the rules find, unless a cue before the trigger makes it no asserted occurrence.</summary>
    private const string VisitSentence = "Kim Jong Un purportedly visited Beijing on Monday.";

    /// <summary>A title that grows over a lower-case body phrase, whose middle word a test profile makes a function word.</summary>
    private const string Sentence = "Ri Yong Ho, director of the general logistics bureau, arrived in Beijing on Monday.";

    [Fact]
    public void Every_list_is_one_file_that_loads_and_the_folder_has_no_other()
    {
        var files = Directory.GetFiles(EnglishFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(LanguageProfile.ListNames.Select(n => n + ".txt").Append(EventCuesFile).Append(GrammarWordsFile).Append(CalendarFile).Order(StringComparer.Ordinal), files);
        foreach (var name in LanguageProfile.ListNames)
        {
            var entries = LanguageProfile.Entries(File.ReadAllText(Path.Combine(EnglishFolder, name + ".txt"))).ToList();
            Assert.True(entries.Count > 0, $"{name}.txt has no entries");
            // a list compared ignoring case may not hold two spellings either: the counts below differ then
            var repeated = entries.GroupBy(e => e, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!repeated.Any(), $"{name}.txt repeats {string.Join(", ", repeated)}");
        }

        var english = LanguageProfile.English;
        Assert.Equal(
            LanguageProfile.ListNames.Select(n => LanguageProfile.Entries(File.ReadAllText(Path.Combine(EnglishFolder, n + ".txt"))).Distinct(StringComparer.Ordinal).Count()),
            new[]
            {
                english.FunctionWords, english.BodyNouns, english.RankPrefixes, english.RoleVerbs, english.KoreanFamilyNames, english.ChineseFamilyNames,
                english.NotNameWords, english.Abbreviations, english.SentenceFinalAbbreviations, english.SentenceStarters, english.CreditWords, english.LeaderWords,
                english.PlacePrepositions, english.DestinationPrepositions, english.TitleDomains, english.OrganizationSuffixes,
                english.OrganizationNameStops, english.PlaceSuffixes, english.AdjectiveSuffixes, english.SingleLetterNames, english.ShipPrefixes,
            }.Select(s => s.Count));
    }

    [Fact]
    public void An_other_sense_cue_of_one_word_is_refused_with_its_file_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => LanguageProfile.ParseCues("negation\tnot\nother-sense\treleased\n", EventCuesFile));
        Assert.Contains(EventCuesFile + ":2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_event_cue_has_words_and_repeats_none()
    {
        var cues = LanguageProfile.ParseCues(File.ReadAllText(Path.Combine(EnglishFolder, EventCuesFile)), EventCuesFile);
        Assert.Equal(LanguageProfile.EventCueNames.Order(StringComparer.Ordinal), cues.Keys.Order(StringComparer.Ordinal));
        foreach (var (cue, words) in cues)
        {
            var repeated = words.GroupBy(w => w, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!repeated.Any(), $"{EventCuesFile}: cue {cue} repeats {string.Join(", ", repeated)}");
        }

        var english = LanguageProfile.English;
        Assert.Equal(
            LanguageProfile.EventCueNames.Select(c => cues[c].Count),
            new[]
            {
                english.Negations, english.HypotheticalCues, english.ModalCues, english.DefiniteDeterminers,
                english.DesireCues, english.ProspectivePhrases, english.Conjunctions, english.TriggerModifiers, english.PeriodBounds, english.ScheduleCues,
                english.OtherSensePairs,
            }.Select(s => s.Count));
    }

    [Fact]
    public void A_cue_added_by_an_event_cues_file_stops_a_rule_trigger()
    {
        using var folder = new TempFolder();
        folder.File(EventCuesFile, "# a word this test makes a hypothetical cue\nhypothetical\tpurportedly\n");
        var profile = LanguageProfile.English.ExtendedBy(folder.Path);
        Assert.Contains("purportedly", profile.HypotheticalCues);
        Assert.Contains("could", profile.HypotheticalCues);

        Assert.Contains(EventType.Visit, Events(new ExtractorBuilder().WithoutModels()));
        Assert.DoesNotContain(EventType.Visit, Events(new ExtractorBuilder().WithoutModels().WithLanguage(profile)));
    }

    [Fact]
    public void A_malformed_event_cues_row_is_an_error_naming_file_and_line()
    {
        using var folder = new TempFolder();
        var file = folder.File(EventCuesFile, "negation\tnicht\nverneinung\tkein\n");
        var error = Assert.Throws<InvalidDataException>(() => LanguageProfile.FromFolder(folder.Path));
        Assert.Contains(file + ":2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_word_added_by_a_file_ends_the_body_phrase_of_a_title()
    {
        using var folder = new TempFolder();
        folder.File("function-words.txt", "# a word this test makes a function word\nlogistics\n");
        var profile = LanguageProfile.English.ExtendedBy(folder.Path);
        Assert.Contains("logistics", profile.FunctionWords);
        Assert.Contains("said", profile.FunctionWords);
        Assert.DoesNotContain("logistics", LanguageProfile.English.FunctionWords);

        Assert.Contains("director of the general logistics bureau", Titles(new ExtractorBuilder().WithoutModels()));
        var titles = Titles(new ExtractorBuilder().WithoutModels().WithLanguage(profile));
        Assert.Contains("director", titles);
        Assert.DoesNotContain("director of the general logistics bureau", titles);
    }

    [Fact]
    public void A_folder_replaces_the_lists_it_has_files_for_and_keeps_English_for_the_rest()
    {
        using var folder = new TempFolder();
        folder.File("function-words.txt", "le\nla\nde\n");
        var profile = LanguageProfile.FromFolder(folder.Path);
        Assert.Equal(["de", "la", "le"], profile.FunctionWords.Order(StringComparer.Ordinal));
        Assert.True(profile.BodyNouns.SetEquals(LanguageProfile.English.BodyNouns));
    }

    [Fact]
    public void A_file_named_after_no_list_is_an_error_naming_it()
    {
        using var folder = new TempFolder();
        var file = folder.File("stop-words.txt", "le\n");
        var error = Assert.Throws<InvalidDataException>(() => LanguageProfile.FromFolder(folder.Path));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("function-words", error.Message, StringComparison.Ordinal);
        Assert.Throws<DirectoryNotFoundException>(() => LanguageProfile.FromFolder(Path.Combine(folder.Path, "missing")));
    }

    [Fact]
    public void Every_grammar_role_has_words_and_the_file_repeats_none()
    {
        var rows = LanguageProfile.Entries(File.ReadAllText(Path.Combine(EnglishFolder, GrammarWordsFile))).ToList();
        Assert.Equal(rows.Count, rows.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enum.GetValues<GrammarRole>(), role => Assert.NotEmpty(LanguageProfile.English.Words(role)));
        Assert.Equal(rows.Count, Enum.GetValues<GrammarRole>().Sum(role => LanguageProfile.English.Words(role).Count));
    }

    [Fact]
    public void A_byline_word_from_a_grammar_file_makes_the_byline_a_person()
    {
        const string Text = "Door Jan Jansen\nKim Jong Un visited Beijing on Monday.";
        using var folder = new TempFolder();
        folder.File(GrammarWordsFile, "# the Dutch byline word\nbyline\tdoor\n");
        var profile = LanguageProfile.English.ExtendedBy(folder.Path);
        Assert.Contains("door", profile.Words(GrammarRole.Byline));
        Assert.Contains("by", profile.Words(GrammarRole.Byline));

        static bool NamesJansen(ExtractorBuilder builder) =>
            builder.Build().Extract(Text).Mentions.Any(m => m.Type == MentionType.Person && m.Text == "Jan Jansen");
        Assert.False(NamesJansen(new ExtractorBuilder().WithoutModels()));
        Assert.True(NamesJansen(new ExtractorBuilder().WithoutModels().WithLanguage(profile)));
    }

    [Fact]
    public void Month_names_from_a_calendar_file_date_events()
    {
        const string Text = "Kim Jong Un visited Beijing in Januar 2019.";
        using var folder = new TempFolder();
        folder.File(CalendarFile, "month\tJanuar\t1\n");
        var profile = LanguageProfile.English.ExtendedBy(folder.Path);

        static string? VisitDate(ExtractorBuilder builder) =>
            builder.Build().Extract(Text).Events.Single(e => e.Type == EventType.Visit).Date;
        Assert.Null(VisitDate(new ExtractorBuilder().WithoutModels()));
        Assert.Equal("2019-01", VisitDate(new ExtractorBuilder().WithoutModels().WithLanguage(profile)));
        Assert.Equal("2019-01", VisitDate(new ExtractorBuilder().WithoutModels().WithLanguage(LanguageProfile.FromFolder(folder.Path))));
    }

    [Theory]
    [InlineData(GrammarWordsFile, "article\tle\nartikel\tde\n")]
    [InlineData(CalendarFile, "month\tJanvier\t1\nmonth\tTreizembre\t13\n")]
    public void A_malformed_grammar_or_calendar_row_is_an_error_naming_file_and_line(string name, string content)
    {
        using var folder = new TempFolder();
        var file = folder.File(name, content);
        var error = Assert.Throws<InvalidDataException>(() => LanguageProfile.FromFolder(folder.Path));
        Assert.Contains(file + ":2:", error.Message, StringComparison.Ordinal);
    }

    private static List<EventType> Events(ExtractorBuilder builder) =>
        builder.Build().Extract(VisitSentence).Events.Select(e => e.Type).ToList();

    private static List<string> Titles(ExtractorBuilder builder) =>
        builder.Build().Extract(Sentence).Mentions.Where(m => m.Type == MentionType.Title).Select(m => m.Text).ToList();
}
