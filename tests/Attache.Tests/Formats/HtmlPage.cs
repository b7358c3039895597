using System.Xml;
using System.Xml.Linq;

namespace Attache.Tests.Formats;

/// <summary>
/// Reads a page of <see cref="Attache.Formats.HtmlWriter"/> as XML (the writer's pages are well-formed XML,
/// and every reference they use means the same in HTML), so tests can look at its elements and text as a
/// parser sees them, whitespace and carriage returns included.
/// </summary>
internal sealed class HtmlPage
{
    public HtmlPage(string html)
    {
        Html = html;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, CheckCharacters = false };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        Root = XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root!;
    }

    public string Html { get; }

    public XElement Root { get; }

    /// <summary>The articles' text elements, in page order.</summary>
    public IReadOnlyList<XElement> Texts => WithClass("div", "text").ToList();

    public IEnumerable<XElement> WithClass(string name, string cssClass) =>
        Root.Descendants(name).Where(e => ((string?)e.Attribute("class") ?? string.Empty).Split(' ').Contains(cssClass));

    /// <summary>The elements of one mention (or event) in the text, in order: one, or several where it was split.</summary>
    public static IReadOnlyList<XElement> Pieces(XElement text, string attribute, int index) =>
        text.Descendants("span").Where(e => (string?)e.Attribute(attribute) == index.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
