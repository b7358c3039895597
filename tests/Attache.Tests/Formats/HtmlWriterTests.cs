using Attache.Documents;
using Attache.Formats;

namespace Attache.Tests.Formats;

public class HtmlWriterTests
{
    [Fact]
    public void Markup_characters_and_quotes_are_escaped_in_text_and_tooltips()
    {
        const string text = "Kim said \"<b>hi</b>\" & 'left' <script>alert(1)</script>";
        var mention = new Mention(MentionType.Official, 0, 3, "Kim", MentionSource.Rule, 1) { Canonical = "Kim \"<x>\" & 'Co'" };
        var html = HtmlWriter.ToHtml(new Document { Id = "a<&\"b", Text = text, Mentions = [mention] });

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&lt;b&gt;hi&lt;/b&gt;&quot; &amp; &#39;left&#39;", html, StringComparison.Ordinal);
        Assert.Contains("<title>a&lt;&amp;&quot;b</title>", html, StringComparison.Ordinal);
        var page = new HtmlPage(html);
        Assert.Equal(text, Assert.Single(page.Texts).Value);
        var piece = Assert.Single(HtmlPage.Pieces(page.Texts[0], "data-mention", 0));
        Assert.StartsWith("Official: Kim \"<x>\" & 'Co'\n", (string?)piece.Attribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Carriage_returns_tabs_and_surrogate_pairs_are_kept_and_lone_surrogates_become_one_replacement_character()
    {
        const string text = "\nKim\r\nmet\rXi 😀\tin\u00a0Seoul\n";
        var emoji = text.IndexOf("😀", StringComparison.Ordinal);

        // A mention that ends between the halves of the emoji is widened to the whole character.
        var mention = new Mention(MentionType.Place, emoji - 3, emoji + 1, "Xi \ud83d", MentionSource.Rule, 1);
        var page = new HtmlPage(HtmlWriter.ToHtml(new Document { Id = "x", Text = text, Mentions = [mention] }));
        Assert.Equal(text, page.Texts[0].Value);
        Assert.Equal("Xi 😀", Assert.Single(HtmlPage.Pieces(page.Texts[0], "data-mention", 0)).Value);
        Assert.Contains("&#13;", page.Html, StringComparison.Ordinal);

        var lone = new HtmlPage(HtmlWriter.ToHtml(new Document { Id = "y", Text = "a\ud800b\udc00c" }));
        Assert.Equal("a\ufffdb\ufffdc", lone.Texts[0].Value);
    }

    [Fact]
    public void Nested_mentions_are_nested_elements_and_a_crossing_trigger_is_split()
    {
        const string text = "vice chairman of the Supreme People's Assembly Kim Yong Dae held talks in Pyongyang.";
        var title = Span(text, "vice chairman of the Supreme People's Assembly", MentionType.Title);
        var organization = Span(text, "Supreme People's Assembly", MentionType.Organization);
        var official = Span(text, "Kim Yong Dae", MentionType.Official);
        var place = Span(text, "Pyongyang", MentionType.Place);

        // The trigger starts inside the official's name and ends after it.
        var start = text.IndexOf("Dae held talks", StringComparison.Ordinal);
        var trigger = new Event(EventType.Meeting, start, start + "Dae held talks".Length, "Dae held talks", 0, 1);
        var document = new Document { Id = "n", Text = text, Mentions = [title, organization, official, place], Events = [trigger] };
        var page = new HtmlPage(HtmlWriter.ToHtml(document));
        var body = page.Texts[0];

        Assert.Equal(text, body.Value);
        for (var i = 0; i < document.Mentions.Count; i++)
        {
            Assert.Equal(document.Mentions[i].Text, string.Concat(HtmlPage.Pieces(body, "data-mention", i).Select(e => e.Value)));
        }

        var titleElement = Assert.Single(HtmlPage.Pieces(body, "data-mention", 0));
        var organizationElement = Assert.Single(HtmlPage.Pieces(body, "data-mention", 1));
        Assert.Contains(titleElement, organizationElement.Ancestors());
        Assert.Equal("m m-title", (string?)titleElement.Attribute("class"));
        Assert.Equal("m m-organization", (string?)organizationElement.Attribute("class"));

        var triggerPieces = HtmlPage.Pieces(body, "data-event", 0);
        Assert.Equal(["Dae", " held talks"], triggerPieces.Select(e => e.Value));
        Assert.Contains(Assert.Single(HtmlPage.Pieces(body, "data-mention", 2)), triggerPieces[0].Ancestors());

        // The event's label is written once, in its last piece.
        Assert.Empty(triggerPieces[0].Elements("span"));
        Assert.Equal("Meeting", (string?)Assert.Single(triggerPieces[1].Elements("span")).Attribute("data-label"));
    }

    [Fact]
    public void Random_nesting_and_crossing_keep_every_character_once_and_every_mention_whole()
    {
        var random = new Random(20);
        const string alphabet = "ab <&>\"'\r\n\t😀é";
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var mentions = new List<Mention>();
            foreach (var type in Enum.GetValues<MentionType>())
            {
                // Same-type mentions never overlap; different types may nest or cross.
                var at = 0;
                while (at < text.Length && random.Next(3) > 0)
                {
                    var start = random.Next(at, text.Length);
                    var end = random.Next(start + 1, text.Length + 1);
                    mentions.Add(new Mention(type, start, end, text[start..end], MentionSource.Rule, 1));
                    at = end;
                }
            }

            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            var events = Enumerable.Range(0, random.Next(3)).Select(_ =>
            {
                var start = random.Next(text.Length);
                var end = random.Next(start + 1, text.Length + 1);
                return new Event(EventType.Visit, start, end, text[start..end], 0, 1);
            }).ToList();
            var document = new Document { Id = "r", Text = text, Mentions = mentions, Events = events };
            var page = new HtmlPage(HtmlWriter.ToHtml(document));
            var body = page.Texts[0];
            var expected = Sanitized(text);
            Assert.Equal(expected, body.Value);
            for (var i = 0; i < mentions.Count; i++)
            {
                var slice = Widened(text, mentions[i].Start, mentions[i].End);
                Assert.Equal(slice, string.Concat(HtmlPage.Pieces(body, "data-mention", i).Select(e => e.Value)));
            }

            for (var i = 0; i < events.Count; i++)
            {
                var slice = Widened(text, events[i].Start, events[i].End);
                Assert.Equal(slice, string.Concat(HtmlPage.Pieces(body, "data-event", i).Select(e => e.Value)));
            }
        }
    }

    [Fact]
    public void The_summary_lists_officials_with_titles_places_with_codes_organisations_and_event_types_with_counts()
    {
        var document = SampleDocument();
        var page = new HtmlPage(HtmlWriter.ToHtml(document));
        var summary = Assert.Single(page.WithClass("section", "summary"));

        var officials = Assert.Single(summary.Elements("div"), d => ((string?)d.Attribute("class"))!.Contains("group-official", StringComparison.Ordinal));
        Assert.Equal("Officials (1)", officials.Element("h3")!.Value);
        Assert.Equal("Kim Yong Dae (PRK) vice chairman", Assert.Single(officials.Descendants("li")).Value);
        var places = Assert.Single(summary.Elements("div"), d => ((string?)d.Attribute("class"))!.Contains("group-place", StringComparison.Ordinal));
        Assert.Equal(["Pyongyang", "China (CHN)"], places.Descendants("li").Select(li => li.Value));
        var organisations = Assert.Single(summary.Elements("div"), d => ((string?)d.Attribute("class"))!.Contains("group-organization", StringComparison.Ordinal));
        Assert.Equal("Supreme People's Assembly", Assert.Single(organisations.Descendants("li")).Value);

        var types = Assert.Single(summary.Elements("div"), d => ((string?)d.Attribute("class"))!.Contains("event-types", StringComparison.Ordinal));
        Assert.Equal(["Meeting2", "Visit1"], types.Descendants("tr").Select(tr => tr.Value));

        var who = Assert.Single(page.WithClass("section", "events-list"));
        Assert.Contains(who.Descendants("tr"), tr => tr.Value == "Meetingmet2017-01-30Kim Yong Dae, ChinaPyongyang");

        var trigger = Assert.Single(HtmlPage.Pieces(page.Texts[0], "data-event", 0));
        Assert.Equal("Meeting event (CAMEO 036,040,043)\ndate: 2017-01-30\nparticipants: Kim Yong Dae, China\nplace: Pyongyang\nconfidence 0.90", (string?)trigger.Attribute("title"));
        Assert.Equal("Meeting 2017-01-30", (string?)trigger.Descendants("span").Single().Attribute("data-label"));
        var official = Assert.Single(HtmlPage.Pieces(page.Texts[0], "data-mention", 0));
        Assert.Equal("Official: Kim Yong Dae\nserves: PRK\ntitles: vice chairman\nconfidence 0.97 (model)", (string?)official.Attribute("title"));
        var china = Assert.Single(HtmlPage.Pieces(page.Texts[0], "data-mention", 4));
        Assert.StartsWith("Place: China\ncountry: CHN\n", (string?)china.Attribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_documents_make_one_page_with_a_table_of_contents_and_one_document_none()
    {
        var first = SampleDocument();
        var second = new Document { Id = "second & last", Text = "Nothing here." };
        var page = new HtmlPage(HtmlWriter.ToHtml([first, second], "Two"));

        Assert.Equal(2, page.Texts.Count);
        Assert.Equal(first.Text, page.Texts[0].Value);
        Assert.Equal(second.Text, page.Texts[1].Value);
        var articles = page.WithClass("article", "doc").ToList();
        Assert.Equal(["doc-1", "doc-2"], articles.Select(a => (string?)a.Attribute("id")));
        var links = Assert.Single(page.Root.Descendants("nav")).Descendants("a").ToList();
        Assert.Equal(["#doc-1", "#doc-2"], links.Select(a => (string?)a.Attribute("href")));
        Assert.Equal([first.Id, "second & last"], links.Select(a => a.Value));
        Assert.Equal("Two", page.Root.Descendants("title").Single().Value);
        Assert.Equal("many", (string?)page.Root.Element("body")!.Attribute("class"));

        var single = new HtmlPage(HtmlWriter.ToHtml(first));
        Assert.Empty(single.Root.Descendants("nav"));
        Assert.Equal(first.Id, single.Root.Descendants("title").Single().Value);
    }

    [Fact]
    public void The_page_loads_nothing_from_outside()
    {
        var html = HtmlWriter.ToHtml([SampleDocument(), SampleDocument()], "t");
        foreach (var outside in new[] { "<script", "<link", "<img", "src=", "url(", "@import", "http:", "https:", "@font-face" })
        {
            Assert.DoesNotContain(outside, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Single(new HtmlPage(html).Root.Descendants("style"));
    }

    [Fact]
    public void The_index_links_each_page_with_an_encoded_file_name()
    {
        var entry = HtmlIndexEntry.For(SampleDocument(), "a b#1.html");
        Assert.Equal("a%20b%231.html", entry.Href);
        Assert.Equal("1 official, 2 places, 1 organisation, 3 events", entry.Summary);
        var page = new HtmlPage(HtmlWriter.ToIndexHtml([entry], "Index"));
        var link = Assert.Single(page.Root.Descendants("a"));
        Assert.Equal("a%20b%231.html", (string?)link.Attribute("href"));
        Assert.Equal("sample", link.Value);
    }

    [Fact]
    public void Every_seed_article_text_is_the_page_text()
    {
        var extractor = Extractor.CreateDefault();
        var documents = RepoPaths.SeedFiles
            .Select(f => extractor.Extract(File.ReadAllText(f), new ExtractOptions { Id = Path.GetFileNameWithoutExtension(f) }))
            .ToList();
        var page = new HtmlPage(HtmlWriter.ToHtml(documents, null));
        Assert.Equal(documents.Select(d => d.Text), page.Texts.Select(t => t.Value));
        for (var d = 0; d < documents.Count; d++)
        {
            Assert.All(Enumerable.Range(0, documents[d].Mentions.Count), i =>
                Assert.Equal(documents[d].Mentions[i].Text, string.Concat(HtmlPage.Pieces(page.Texts[d], "data-mention", i).Select(e => e.Value))));
        }
    }

    private static Document SampleDocument()
    {
        const string text = "Kim Yong Dae, vice chairman of the Supreme People's Assembly, met in Pyongyang with China's envoy and visited a farm. The meeting was long.";
        var mentions = new List<Mention>
        {
            Span(text, "Kim Yong Dae", MentionType.Official, 1) with { Canonical = "Kim Yong Dae", Confidence = 0.97, EntityId = 1 },
            Span(text, "vice chairman of the Supreme People's Assembly", MentionType.Title),
            Span(text, "Supreme People's Assembly", MentionType.Organization, 3),
            Span(text, "Pyongyang", MentionType.Place, 2),
            Span(text, "China", MentionType.Place, 4) with { CountryCode = "CHN", Canonical = "China" },
        };
        return new Document
        {
            Id = "sample",
            Text = text,
            Published = new DateOnly(2017, 1, 30),
            Mentions = mentions,
            Entities =
            [
                new Entity(1, MentionType.Official, "Kim Yong Dae", ["vice chairman"], ["PRK"], [0]),
                new Entity(2, MentionType.Place, "Pyongyang", [], [], [3]),
                new Entity(3, MentionType.Organization, "Supreme People's Assembly", [], [], [2]),
                new Entity(4, MentionType.Place, "China", [], [], [4]),
            ],
            Events =
            [
                Trigger(text, "met", EventType.Meeting) with { Date = "2017-01-30", Participants = [1, 4], Place = 2, Confidence = 0.9 },
                Trigger(text, "visited", EventType.Visit),
                Trigger(text, "meeting", EventType.Meeting),
            ],
        };
    }

    private static Mention Span(string text, string phrase, MentionType type, int? entity = null)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return new Mention(type, start, start + phrase.Length, phrase, MentionSource.Model, 1) { EntityId = entity };
    }

    private static Event Trigger(string text, string phrase, EventType type)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return new Event(type, start, start + phrase.Length, phrase, 0, 1);
    }

    // What a page can hold of a text: lone surrogates become U+FFFD.
    private static string Sanitized(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\ufffd';
            }
        }

        return new string(chars);
    }

    // A range is widened to whole characters where it cuts a surrogate pair.
    private static string Widened(string text, int start, int end)
    {
        if (start > 0 && char.IsHighSurrogate(text[start - 1]) && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return Sanitized(text[start..end]);
    }
}
