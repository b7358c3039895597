using Attache.Knowledge;
using Attache.Linking;
using Attache.Text;

namespace Attache.Tests.Linking;

/// <summary>The linker's language files keep their format: one office per spelling, two columns where two are read.</summary>
public class LinkingResourceTests
{
    [Fact]
    public void Each_title_spelling_belongs_to_one_office()
    {
        var spellings = WordLists.ReadRows("title-synonyms.tsv", LinkingResources.Prefix).SelectMany(row => row.Select(s => s.ToLowerInvariant())).ToList();
        Assert.Equal(spellings.Count, spellings.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(TitleHolders.Key("Defense Minister"), TitleHolders.Key("Minister  of National Defence"));
        Assert.NotEqual(TitleHolders.Key("Defense Minister"), TitleHolders.Key("Foreign Minister"));
    }

    [Theory]
    [InlineData("given-name-forms.tsv")]
    [InlineData("place-kind-nouns.tsv")]
    public void Two_column_files_have_two_columns_and_unique_keys(string file)
    {
        var rows = WordLists.ReadRows(file, LinkingResources.Prefix);
        Assert.All(rows, row => Assert.Equal(2, row.Length));
        Assert.Equal(rows.Count, rows.Select(r => r[0].ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Place_kinds_are_gazetteer_kinds()
    {
        var kinds = KnowledgeBase.Default.Places.Select(p => p.Kind).ToHashSet(StringComparer.Ordinal);
        Assert.All(WordLists.ReadRows("place-kind-nouns.tsv", LinkingResources.Prefix).SelectMany(r => r[1].Split('|')), k => Assert.Contains(k, kinds));
    }

    [Fact]
    public void Leader_roles_are_roles_of_the_knowledge_base()
    {
        var roles = KnowledgeBase.Default.Officials.SelectMany(o => o.Roles).Select(r => r.Title.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Assert.All(WordLists.ReadLines("leader-roles.txt", LinkingResources.Prefix), role => Assert.Contains(role.ToLowerInvariant(), roles));
    }

    [Theory]
    [InlineData("Dan", "Daniel", true)]
    [InlineData("Bill", "William", true)]
    [InlineData("Kim", "Kimberly", false)]
    [InlineData("Da", "Daniel", false)]
    [InlineData("Peter", "Daniel", false)]
    public void Short_given_names_stand_for_full_ones(string given, string full, bool expected)
    {
        Assert.Equal(expected, new GivenNameForms(LanguageProfile.English).StandsFor(given, full));
    }
}
