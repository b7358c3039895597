using System.Collections.ObjectModel;
using System.Reflection;

namespace Attache.Text;

/// <summary>
/// The words of one language that the tokenizer, the sentence splitter, the rules, the featurizers, the
/// linker and the event rules know by heart: function words, abbreviations, sentence starters, the nouns
/// and verbs of titles, title domains, company and place suffixes, family names, the words that are
/// never names, the leader words, prepositions of place, and the cue words that change what an event
/// trigger means (negations, modals...), the grammar words of titles, bylines and dates, and the names of
/// months and weekdays. Each list is one text file
/// (one word or phrase a line; blank lines and <c>#</c> comments are skipped) named as in
/// <see cref="ListNames"/>, except the event cues, which are the rows of one <c>event-cues.tsv</c>
/// (<c>cue&lt;TAB&gt;word</c>, cues as in <see cref="EventCueNames"/>), the grammar words, the rows of
/// <c>grammar-words.tsv</c> (<c>role&lt;TAB&gt;word</c>, roles as in <see cref="GrammarRole"/>), and the
/// calendar, the rows of <c>calendar.tsv</c> (<c>month&lt;TAB&gt;name&lt;TAB&gt;1-12</c>,
/// <c>weekday&lt;TAB&gt;name&lt;TAB&gt;0-6</c> from Sunday). English ships inside the library
/// (<c>Text/Language/en</c>). Immutable.
/// </summary>
/// <example>
/// A folder holding only <c>function-words.txt</c> gives a profile with those function words and English for
/// everything else:
/// <code>
/// var extractor = new ExtractorBuilder()
///     .WithLanguage(LanguageProfile.FromFolder("language/fr"))
///     .Build();
/// </code>
/// </example>
public sealed class LanguageProfile
{
    private const string FileExtension = ".txt";

    private const string ResourcePrefix = "Attache.Language.en.";

    /// <summary>The file of the event cues, one <c>cue&lt;TAB&gt;word</c> a line.</summary>
    private const string EventCuesFile = "event-cues.tsv";

    /// <summary>Keys the event cue lists apart from the list files among the lists.</summary>
    private const string CueKeyPrefix = "cue:";

    /// <summary>The file of the grammar words, one <c>role&lt;TAB&gt;word</c> a line.</summary>
    private const string GrammarWordsFile = "grammar-words.tsv";

    /// <summary>Keys the grammar word lists apart from the other lists.</summary>
    private const string GrammarKeyPrefix = "grammar:";

    /// <summary>The file of the month and weekday names.</summary>
    private const string CalendarFile = "calendar.tsv";

    /// <summary>The grammar roles whose words compare ignoring case (the others compare as written).</summary>
    private static readonly GrammarRole[] CaselessRoles =
        [GrammarRole.Byline, GrammarRole.Previous, GrammarRole.Following, GrammarRole.YearPreposition, GrammarRole.Clitic, GrammarRole.NegativeClitic, GrammarRole.FieldOfStudy];

    /// <summary>Each grammar role's name in <c>grammar-words.tsv</c>: the enum name in kebab case.</summary>
    private static readonly Dictionary<string, GrammarRole> RoleNames =
        Enum.GetValues<GrammarRole>().ToDictionary(KebabCase, StringComparer.Ordinal);

    /// <summary>Each list's file name (without <c>.txt</c>) and how its words compare.</summary>
    private static readonly (string Name, StringComparer Comparer)[] Lists =
    [
        ("function-words", StringComparer.Ordinal),
        ("body-nouns", StringComparer.OrdinalIgnoreCase),
        ("rank-prefixes", StringComparer.OrdinalIgnoreCase),
        ("role-verbs", StringComparer.Ordinal),
        ("korean-family-names", StringComparer.Ordinal),
        ("chinese-family-names", StringComparer.Ordinal),
        ("not-name-words", StringComparer.Ordinal),
        ("abbreviations", StringComparer.Ordinal),
        ("sentence-final-abbreviations", StringComparer.Ordinal),
        ("sentence-starters", StringComparer.Ordinal),
        ("credit-words", StringComparer.OrdinalIgnoreCase),
        ("leader-words", StringComparer.OrdinalIgnoreCase),
        ("place-prepositions", StringComparer.OrdinalIgnoreCase),
        ("destination-prepositions", StringComparer.OrdinalIgnoreCase),
        ("title-domains", StringComparer.OrdinalIgnoreCase),
        ("organization-suffixes", StringComparer.Ordinal),
        ("organization-name-stops", StringComparer.Ordinal),
        ("place-suffixes", StringComparer.Ordinal),
        ("adjective-suffixes", StringComparer.Ordinal),
        ("single-letter-names", StringComparer.Ordinal),
        ("ship-prefixes", StringComparer.Ordinal),
    ];

    /// <summary>The cues of <c>event-cues.tsv</c>, each a list compared ignoring case.</summary>
    private static readonly string[] Cues = ["negation", "hypothetical", "modal", "definite", "desired", "prospective", "conjunction", "modifier", "period", "scheduled", OtherSenseCue];

    /// <summary>The cue of word pairs that read a trigger word in another sense (<see cref="OtherSensePairs"/>).</summary>
    private const string OtherSenseCue = "other-sense";

    private static readonly Lazy<LanguageProfile> Shipped = new(LoadEnglish);

    private readonly Dictionary<string, HashSet<string>> _lists;

    private readonly Dictionary<GrammarRole, ReadOnlySet<string>> _grammar;

    private LanguageProfile(Dictionary<string, HashSet<string>> lists, Calendar calendar)
    {
        _lists = lists;
        Calendar = calendar;
        _grammar = Enum.GetValues<GrammarRole>().ToDictionary(role => role, role => View(GrammarKeyPrefix + KebabCase(role)));
        FunctionWords = View("function-words");
        BodyNouns = View("body-nouns");
        RankPrefixes = View("rank-prefixes");
        RoleVerbs = View("role-verbs");
        KoreanFamilyNames = View("korean-family-names");
        ChineseFamilyNames = View("chinese-family-names");
        NotNameWords = View("not-name-words");
        Abbreviations = View("abbreviations");
        SentenceFinalAbbreviations = View("sentence-final-abbreviations");
        SentenceStarters = View("sentence-starters");
        CreditWords = View("credit-words");
        LeaderWords = View("leader-words");
        PlacePrepositions = View("place-prepositions");
        DestinationPrepositions = View("destination-prepositions");
        TitleDomains = View("title-domains");
        OrganizationSuffixes = View("organization-suffixes");
        OrganizationNameStops = View("organization-name-stops");
        PlaceSuffixes = View("place-suffixes");
        AdjectiveSuffixes = View("adjective-suffixes");
        SingleLetterNames = View("single-letter-names");
        ShipPrefixes = View("ship-prefixes");
        AbbreviationLookup = _lists["abbreviations"].GetAlternateLookup<ReadOnlySpan<char>>();
        SingleLetterNameLookup = _lists["single-letter-names"].GetAlternateLookup<ReadOnlySpan<char>>();
        NotNameWordLookup = _lists["not-name-words"].GetAlternateLookup<ReadOnlySpan<char>>();
        CliticLookup = _lists[GrammarKeyPrefix + KebabCase(GrammarRole.Clitic)].GetAlternateLookup<ReadOnlySpan<char>>();
        Negations = View(CueKeyPrefix + "negation");
        HypotheticalCues = View(CueKeyPrefix + "hypothetical");
        ModalCues = View(CueKeyPrefix + "modal");
        DefiniteDeterminers = View(CueKeyPrefix + "definite");
        DesireCues = View(CueKeyPrefix + "desired");
        ProspectivePhrases = View(CueKeyPrefix + "prospective");
        Conjunctions = View(CueKeyPrefix + "conjunction");
        TriggerModifiers = View(CueKeyPrefix + "modifier");
        PeriodBounds = View(CueKeyPrefix + "period");
        ScheduleCues = View(CueKeyPrefix + "scheduled");
        EventModals = new HashSet<string>(HypotheticalCues.Concat(ModalCues), StringComparer.OrdinalIgnoreCase);
        ProspectiveByLastWord = ProspectivePhrases.Select(p => p.Split(' ')).GroupBy(p => p[^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        OtherSensePairs = View(CueKeyPrefix + OtherSenseCue);
        var pairs = OtherSensePairs.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        SenseCuesAfter = PairsBy(pairs, 0);
        SenseCuesBefore = PairsBy(pairs, 1);
    }

    /// <summary>The English profile shipped inside the library: what every component uses unless told otherwise.</summary>
    public static LanguageProfile English => Shipped.Value;

    /// <summary>The names of the lists, which are also their file names without <c>.txt</c>.</summary>
    public static IReadOnlyList<string> ListNames { get; } = [.. Lists.Select(l => l.Name)];

    /// <summary>The cues of the rows of <c>event-cues.tsv</c>: <c>negation</c>, <c>hypothetical</c>, <c>modal</c>...</summary>
    public static IReadOnlyList<string> EventCueNames { get; } = Array.AsReadOnly(Cues);

    /// <summary>
    /// Function words (and reporting verbs) that end an office's domain or body phrase: <c>said</c>, <c>in</c>,
    /// <c>the</c>... (<c>function-words.txt</c>, lower case).
    /// </summary>
    public IReadOnlySet<string> FunctionWords { get; }

    /// <summary>Nouns that head the body an office belongs to: <c>committee</c>, <c>ministry</c>... (<c>body-nouns.txt</c>, any case).</summary>
    public IReadOnlySet<string> BodyNouns { get; }

    /// <summary>Rank words that make a new title of any title: <c>vice</c>, <c>deputy</c>... (<c>rank-prefixes.txt</c>, any case).</summary>
    public IReadOnlySet<string> RankPrefixes { get; }

    /// <summary>Verbs of taking up or holding an office, before <c>as TITLE</c>: <c>serves</c>, <c>appointed</c>... (<c>role-verbs.txt</c>).</summary>
    public IReadOnlySet<string> RoleVerbs { get; }

    /// <summary>Korean family names, which come first in a name: <c>Kim</c>, <c>Ri</c>... (<c>korean-family-names.txt</c>).</summary>
    public IReadOnlySet<string> KoreanFamilyNames { get; }

    /// <summary>Chinese family names, which come first in a name: <c>Wang</c>, <c>Xi</c>... (<c>chinese-family-names.txt</c>).</summary>
    public IReadOnlySet<string> ChineseFamilyNames { get; }

    /// <summary>Capitalised words that never start or continue a person's name: <c>The</c>, <c>Monday</c>, <c>Minister</c>... (<c>not-name-words.txt</c>).</summary>
    public IReadOnlySet<string> NotNameWords { get; }

    /// <summary>Abbreviations whose final period ends no sentence, without the period: <c>Mr</c>, <c>Jan</c>... (<c>abbreviations.txt</c>).</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>Abbreviations that may also close a sentence, with the period: <c>Inc.</c>, <c>Jr.</c>... (<c>sentence-final-abbreviations.txt</c>).</summary>
    public IReadOnlySet<string> SentenceFinalAbbreviations { get; }

    /// <summary>Words that typically open a sentence, after which a dotted acronym ends one: <c>The</c>, <c>However</c>... (<c>sentence-starters.txt</c>).</summary>
    public IReadOnlySet<string> SentenceStarters { get; }

    /// <summary>Words of a photo credit that are not the photographer's name: <c>photo</c>, <c>courtesy</c>... (<c>credit-words.txt</c>, any case).</summary>
    public IReadOnlySet<string> CreditWords { get; }

    /// <summary>
    /// Titles that name no office but a country's leader, so the name after them links to that leader:
    /// <c>leader</c>, <c>supreme leader</c>, <c>Chairman</c> (<c>leader-words.txt</c>, any case).
    /// </summary>
    public IReadOnlySet<string> LeaderWords { get; }

    /// <summary>Prepositions before the place where an event happened: <c>in</c>, <c>at</c>, <c>near</c> (<c>place-prepositions.txt</c>, any case).</summary>
    public IReadOnlySet<string> PlacePrepositions { get; }

    /// <summary>
    /// Prepositions before a place an event is aimed at, which is where a visit happened but not where a
    /// launch did: <c>to</c>, <c>into</c>, <c>over</c> (<c>destination-prepositions.txt</c>, any case).
    /// </summary>
    public IReadOnlySet<string> DestinationPrepositions { get; }

    /// <summary>
    /// Head nouns of office domains, which a title takes after <c>of</c>, <c>for</c> or <c>on</c>, coordinated
    /// (<c>minister of culture, sports and tourism</c>): <c>culture</c>, <c>affairs</c>... (<c>title-domains.txt</c>, any case).
    /// </summary>
    public IReadOnlySet<string> TitleDomains { get; }

    /// <summary>Legal suffixes that end a company name: <c>Co.</c>, <c>LLC</c>, <c>Limited</c>... (<c>organization-suffixes.txt</c>).</summary>
    public IReadOnlySet<string> OrganizationSuffixes { get; }

    /// <summary>Capitalised words a company name does not take: <c>The</c>, <c>And</c>... (<c>organization-name-stops.txt</c>).</summary>
    public IReadOnlySet<string> OrganizationNameStops { get; }

    /// <summary>Endings after a hyphen that make the capitalised name before it a place: <c>based</c>... (<c>place-suffixes.txt</c>).</summary>
    public IReadOnlySet<string> PlaceSuffixes { get; }

    /// <summary>Adjective endings the tokenizer keeps apart from a capitalised name (<c>Moscow-based</c>) (<c>adjective-suffixes.txt</c>).</summary>
    public IReadOnlySet<string> AdjectiveSuffixes { get; }

    /// <summary>Names of one letter, which a name word may be though other single letters are not (<c>U</c> of <c>U Thant</c>) (<c>single-letter-names.txt</c>).</summary>
    public IReadOnlySet<string> SingleLetterNames { get; }

    /// <summary>Prefixes of ships' names (<c>USS</c>, <c>MV</c>): no place, organisation or person is read inside a ship's name.</summary>
    public IReadOnlySet<string> ShipPrefixes { get; }

    /// <summary>Negations: a trigger within three words after one is no event (<c>has not visited</c>): <c>not</c>, <c>never</c>... (cue <c>negation</c>).</summary>
    public IReadOnlySet<string> Negations { get; }

    /// <summary>Cues of a hypothetical event, which stop a trigger within two words after them: <c>could</c>, <c>if</c>... (cue <c>hypothetical</c>).</summary>
    public IReadOnlySet<string> HypotheticalCues { get; }

    /// <summary>Modals the event model weighs besides the hypothetical cues, which stop no trigger (<c>Kim will visit</c>): <c>may</c>, <c>will</c> (cue <c>modal</c>).</summary>
    public IReadOnlySet<string> ModalCues { get; }

    /// <summary>Definite determiners and possessives that make a trigger noun refer back to an occurrence named before: <c>the</c>, <c>its</c>... (cue <c>definite</c>).</summary>
    public IReadOnlySet<string> DefiniteDeterminers { get; }

    /// <summary>Words of wish, offer or permission before a <c>to</c> and the trigger: <c>ready</c>, <c>invited</c>... (cue <c>desired</c>).</summary>
    public IReadOnlySet<string> DesireCues { get; }

    /// <summary>Phrases of a hoped-for resumption before a trigger, lower case: <c>return to</c>, <c>resumption of</c>... (cue <c>prospective</c>).</summary>
    public IReadOnlySet<string> ProspectivePhrases { get; }

    /// <summary>Conjunctions, which end the reach of a prospective phrase: <c>and</c>, <c>or</c>, <c>but</c> (cue <c>conjunction</c>).</summary>
    public IReadOnlySet<string> Conjunctions { get; }

    /// <summary>Nouns that a trigger word before them modifies, naming no occurrence: <c>site</c>, <c>committee</c>... (cue <c>modifier</c>).</summary>
    public IReadOnlySet<string> TriggerModifiers { get; }

    /// <summary>
    /// Word pairs that read a trigger word in another sense, in text order (cue <c>other-sense</c>): in
    /// <c>photo released</c> the trigger word <c>released</c> has <c>photo</c> up to three words before it
    /// ("a photo released by"), in <c>released statement</c> up to three words after it ("released a statement").
    /// </summary>
    public IReadOnlySet<string> OtherSensePairs { get; }

    /// <summary><see cref="OtherSensePairs"/> by their first word: the words after it that give it another sense.</summary>
    internal IReadOnlyDictionary<string, IReadOnlySet<string>> SenseCuesAfter { get; }

    /// <summary><see cref="OtherSensePairs"/> by their second word: the words before it that give it another sense.</summary>
    internal IReadOnlyDictionary<string, IReadOnlySet<string>> SenseCuesBefore { get; }

    /// <summary>Words before a date that make it the bound of a period, no event's date: <c>since</c>, <c>until</c>... (cue <c>period</c>).</summary>
    public IReadOnlySet<string> PeriodBounds { get; }

    /// <summary>Words that announce a trigger within three words after them for the coming days: <c>will</c>, <c>due</c>... (cue <c>scheduled</c>).</summary>
    public IReadOnlySet<string> ScheduleCues { get; }

    /// <summary>The words of a grammar role (a set of the rows of <c>grammar-words.tsv</c> with that role).</summary>
    /// <param name="role">The role.</param>
    public IReadOnlySet<string> Words(GrammarRole role) => _grammar[role];

    /// <summary>The month and weekday names of <c>calendar.tsv</c>.</summary>
    internal Calendar Calendar { get; }

    /// <summary>Every modal the event model sees before a trigger: <see cref="HypotheticalCues"/> and <see cref="ModalCues"/>.</summary>
    internal HashSet<string> EventModals { get; }

    /// <summary><see cref="ProspectivePhrases"/> as lower-case words, by their last word, so a trigger's preceding words look them up.</summary>
    internal IReadOnlyDictionary<string, string[][]> ProspectiveByLastWord { get; }

    /// <summary><see cref="Abbreviations"/> looked up by a slice of the text, without a string per token.</summary>
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup { get; }

    /// <summary>Whether <paramref name="word"/> (without its period) is one of the <see cref="Abbreviations"/>.</summary>
    internal bool IsAbbreviation(ReadOnlySpan<char> word) => AbbreviationLookup.Contains(word);

    /// <summary>Whether a word (a slice of a text) is one of the <see cref="NotNameWords"/>.</summary>
    internal bool IsNotNameWord(ReadOnlySpan<char> word) => NotNameWordLookup.Contains(word);

    /// <summary>Whether a one-letter word (a slice of a text) is one of the <see cref="SingleLetterNames"/>.</summary>
    internal bool IsSingleLetterName(ReadOnlySpan<char> word) => SingleLetterNameLookup.Contains(word);

    /// <summary>The single-letter names, looked up by a slice of the text.</summary>
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SingleLetterNameLookup { get; }

    /// <summary>The words that are never names, looked up by a slice of the text.</summary>
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameWordLookup { get; }

    /// <summary>Whether a piece of text after an apostrophe is a clitic (<see cref="GrammarRole.Clitic"/>), ignoring case.</summary>
    internal bool IsClitic(ReadOnlySpan<char> piece) => CliticLookup.Contains(piece);

    /// <summary>The clitics looked up by a slice of the text.</summary>
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CliticLookup { get; }

    /// <summary>
    /// How many letters at the end of <paramref name="word"/> belong to the clitic after its apostrophe: those
    /// of a negative clitic (<c>n't</c>: the <c>n</c> of <c>didn</c> before <c>'t</c>), else 0.
    /// </summary>
    internal int NegativeCliticLetters(ReadOnlySpan<char> word, ReadOnlySpan<char> clitic)
    {
        foreach (var negative in Words(GrammarRole.NegativeClitic))
        {
            var apostrophe = negative.IndexOf('\'');
            if (apostrophe > 0 && clitic.Equals(negative.AsSpan(apostrophe + 1), StringComparison.OrdinalIgnoreCase)
                && word.Length > apostrophe && word.EndsWith(negative.AsSpan(0, apostrophe), StringComparison.OrdinalIgnoreCase))
            {
                return apostrophe;
            }
        }

        return 0;
    }

    /// <summary>
    /// A profile whose lists are the files of <paramref name="folder"/> named as in <see cref="ListNames"/>
    /// (<c>function-words.txt</c>...), and English for every list the folder has no file for.
    /// </summary>
    /// <param name="folder">A folder of list files.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A <c>.txt</c> file in the folder is named after no list, or a row of its
    /// <c>event-cues.tsv</c> is not <c>cue&lt;TAB&gt;word</c> of a known cue; the message names the file (and line).</exception>
    public static LanguageProfile FromFolder(string folder) => English.Combine(folder, replace: true);

    /// <summary>
    /// This profile with the words of each list file of <paramref name="folder"/> added to its list of that
    /// name: a <c>function-words.txt</c> holding one word adds that word to the function words.
    /// </summary>
    /// <param name="folder">A folder of list files.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A <c>.txt</c> file in the folder is named after no list, or a row of its
    /// <c>event-cues.tsv</c> is not <c>cue&lt;TAB&gt;word</c> of a known cue; the message names the file (and line).</exception>
    public LanguageProfile ExtendedBy(string folder) => Combine(folder, replace: false);

    /// <summary>A list as callers see it: read-only, so the shared English profile cannot be changed through a cast.</summary>
    private ReadOnlySet<string> View(string name) => new(_lists[name]);

    private LanguageProfile Combine(string folder, bool replace)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Language folder {folder} does not exist.");
        }

        var lists = _lists.ToDictionary(pair => pair.Key, pair => new HashSet<string>(pair.Value, pair.Value.Comparer), StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*" + FileExtension).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!lists.TryGetValue(name, out var list))
            {
                throw new InvalidDataException($"{file}: no language list is named '{name}'; the lists are {string.Join(", ", ListNames)}.");
            }

            if (replace)
            {
                list.Clear();
            }

            list.UnionWith(Entries(File.ReadAllText(file)));
        }

        foreach (var (file, keys, prefix) in new[] { (EventCuesFile, Cues, CueKeyPrefix), (GrammarWordsFile, RoleNames.Keys.ToArray(), GrammarKeyPrefix) })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var (key, words) in ParseRows(File.ReadAllText(path), path, keys))
            {
                var list = lists[prefix + key];
                if (replace)
                {
                    list.Clear();
                }

                list.UnionWith(words);
            }
        }

        var calendarPath = Path.Combine(folder, CalendarFile);
        var calendar = File.Exists(calendarPath) ? Calendar.Combine(Calendar.Parse(File.ReadAllText(calendarPath), calendarPath), replace) : Calendar;
        return new LanguageProfile(lists, calendar);
    }

    private static LanguageProfile LoadEnglish()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (name, comparer) in Lists)
        {
            var resource = ResourcePrefix + name + FileExtension;
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidDataException($"embedded resource {resource} is missing from the assembly");
            using var reader = new StreamReader(stream);
            lists[name] = new HashSet<string>(Entries(reader.ReadToEnd()), comparer);
        }

        var cues = ParseCues(Resource(assembly, EventCuesFile), EventCuesFile);
        foreach (var cue in Cues)
        {
            lists[CueKeyPrefix + cue] = cues.TryGetValue(cue, out var words)
                ? new HashSet<string>(words, StringComparer.OrdinalIgnoreCase)
                : throw new InvalidDataException($"{EventCuesFile}: no '{cue}' words");
        }

        var grammar = ParseRows(Resource(assembly, GrammarWordsFile), GrammarWordsFile, RoleNames.Keys);
        foreach (var (name, role) in RoleNames)
        {
            var comparer = CaselessRoles.Contains(role) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            lists[GrammarKeyPrefix + name] = grammar.TryGetValue(name, out var words)
                ? new HashSet<string>(words, comparer)
                : throw new InvalidDataException($"{GrammarWordsFile}: no '{name}' words");
        }

        return new LanguageProfile(lists, Calendar.Parse(Resource(assembly, CalendarFile), CalendarFile));
    }

    private static string Resource(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidDataException($"embedded resource {ResourcePrefix + file} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Two-word pairs by their word at <paramref name="key"/> (0 or 1), each with the set of the other words it pairs with.</summary>
    private static Dictionary<string, IReadOnlySet<string>> PairsBy(List<string[]> pairs, int key) =>
        pairs.GroupBy(p => p[key], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(p => p[1 - key]).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

    private static string KebabCase(GrammarRole role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The words of each cue of an <c>event-cues.tsv</c>, in file order.</summary>
    internal static Dictionary<string, List<string>> ParseCues(string text, string file) => ParseRows(text, file, Cues);

    /// <summary>The words of each key of a <c>key&lt;TAB&gt;word</c> file, in file order.</summary>
    private static Dictionary<string, List<string>> ParseRows(string text, string file, IReadOnlyCollection<string> keys)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (line, fields) in TsvRows.Read(text))
        {
            if (fields.Length != 2 || !keys.Contains(fields[0], StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{file}:{line}: expected 'key<TAB>word' with a key of {string.Join(", ", keys)}");
            }

            if (fields[0] == OtherSenseCue && fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 2)
            {
                throw new InvalidDataException($"{file}:{line}: an {OtherSenseCue} cue is two words in text order, one of them a trigger word ('photo released')");
            }

            if (!result.TryGetValue(fields[0], out var words))
            {
                result[fields[0]] = words = [];
            }

            words.Add(fields[1]);
        }

        return result;
    }

    /// <summary>The entries of a list file: its trimmed lines, without blank lines and <c>#</c> comments.</summary>
    internal static IEnumerable<string> Entries(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && line[0] != '#');
}
