using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Attache.Tests.Cli;

namespace Attache.Tests.Formats;

/// <summary>
/// The page of seed 001 in headless Chromium, made by tools/screenshot.sh (the script that makes the README's
/// screenshot) with this build's CLI: the DOM Chromium builds has the highlighted mentions, the event
/// triggers, the summary and the article text unchanged, and the screenshot is a PNG of the window's size.
/// </summary>
[Trait("Category", TestCategories.Browser)]
public partial class HtmlBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const int Width = 1280;
    private const int Height = 2000;

    // A blank or error page of that size compresses to a few kilobytes; a page of highlighted text does not.
    private const int MinimumPngBytes = 50_000;
    private const int ScriptTimeoutMilliseconds = 180_000;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly string Seed = Path.Combine(RepoPaths.Seeds, "001_02aa92d358672171.txt");

    [Fact]
    public void Seed_001_shows_highlighted_mentions_events_and_the_summary_in_headless_chromium()
    {
        Assert.True(
            File.Exists(Chromium),
            $"{Chromium} is missing: the Browser tests render pages in headless Chromium. Install it with "
            + "`apt-get install -y --no-install-recommends chromium` (.ci/run does).");
        using var work = new TempFolder();
        var png = Path.Combine(work.Path, "page.png");
        var domFile = Path.Combine(work.Path, "dom.html");
        RunScript(png, domFile);

        var dom = File.ReadAllText(domFile);
        var mentions = Mention().Matches(dom).Select(m => (Type: m.Groups[1].Value, Text: WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        Assert.Contains(("official", "Kim Song Nam"), mentions);
        Assert.Contains(("official", "Wang Huning"), mentions);
        Assert.Contains(("place", "Pyongyang"), mentions);
        Assert.Contains(mentions, m => m.Type == "title");
        Assert.Contains(mentions, m => m.Type == "organization");
        var events = EventTrigger().Matches(dom).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("Meeting", events);
        Assert.Contains("MissileLaunch", events);

        var summary = Summary().Match(dom);
        Assert.True(summary.Success, "no summary section in the DOM");
        Assert.Contains("Officials (", summary.Value, StringComparison.Ordinal);
        Assert.Contains("Wang Huning", summary.Value, StringComparison.Ordinal);
        Assert.Contains("Event types (", summary.Value, StringComparison.Ordinal);

        var text = ArticleText().Match(dom);
        Assert.True(text.Success, "no article text in the DOM");
        Assert.Equal(File.ReadAllText(Seed), WebUtility.HtmlDecode(Tag().Replace(text.Groups[1].Value, string.Empty)));

        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > MinimumPngBytes, $"the screenshot has {bytes.Length} bytes: a blank page?");
        Assert.Equal(PngSignature, bytes[..PngSignature.Length]);
        Assert.Equal(Width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(Height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    private static void RunScript(string png, string dom)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(RepoPaths.Root, "tools", "screenshot.sh"), Seed, png, dom })
        {
            start.ArgumentList.Add(argument);
        }

        // This build's CLI, the one the tests reference, rather than whatever the checkout's Release folder holds.
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        start.Environment["ATTACHE"] = $"{dotnet} {Path.Combine(AppContext.BaseDirectory, "Attache.Cli.dll")}";
        start.Environment["WINDOW"] = $"{Width},{Height}";
        start.Environment["CHROMIUM"] = Chromium;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(ScriptTimeoutMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("tools/screenshot.sh did not finish in time");
        }

        Assert.True(process.ExitCode == 0, $"tools/screenshot.sh failed ({process.ExitCode}):\n{output}\n{error.Result}");
    }

    [GeneratedRegex("""<span class="m m-(\w+)"[^>]*>([^<]*)""")]
    private static partial Regex Mention();

    [GeneratedRegex("<span class=\"ev\" data-event=\"\\d+\" data-type=\"(\\w+)\"")]
    private static partial Regex EventTrigger();

    [GeneratedRegex("""<section class="summary">.*?</section>""", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex("""<div class="text">(.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex ArticleText();

    // A tag, with quoted attribute values that may hold '>'.
    [GeneratedRegex("""<[^>"]*(?:"[^"]*"[^>"]*)*>""")]
    private static partial Regex Tag();
}
