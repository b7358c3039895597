using Attache.Documents;
using Attache.Formats;

namespace Attache.Tests.Formats;

public class ConllWriterTests
{
    [Fact]
    public void Writes_bio_tags_with_the_outer_mention_winning_on_nesting()
    {
        var extractor = TextPipeline.Builder()
            .Add(new PhraseTagger(
                ("vice chairman of the Supreme People's Assembly", MentionType.Title, null, null),
                ("Supreme People's Assembly", MentionType.Organization, null, null),
                ("Kim Yong Dae", MentionType.Official, "Kim Yong Dae", null)))
            .Build();
        var conll = ConllWriter.Write(extractor.Extract("Kim Yong Dae, vice chairman of the Supreme People's Assembly, spoke.\nHe left."));

        Assert.Equal(
            "-DOCSTART- O\n\nKim B-Official\nYong I-Official\nDae I-Official\n, O\nvice B-Title\nchairman I-Title\nof I-Title\nthe I-Title\n"
            + "Supreme I-Title\nPeople I-Title\n's I-Title\nAssembly I-Title\n, O\nspoke O\n. O\n\nHe O\nleft O\n. O\n\n",
            conll);
    }
}
