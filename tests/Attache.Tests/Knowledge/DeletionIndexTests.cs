using Attache.Knowledge;

namespace Attache.Tests.Knowledge;

public class DeletionIndexTests
{
    private static readonly DeletionIndex Index = new(["yab", "anna", "pyongyang", "beijing", "xab"]);

    [Fact]
    public void A_word_one_letter_longer_is_found_once_though_two_deletions_give_the_same_string()
    {
        Assert.Equal(["anna"], Index.WordsDeletingTo("ana"));
        Assert.Equal(["pyongyang"], Index.WordsDeletingTo("pyongyng"));
        Assert.Equal(["beijing"], Index.WordsDeletingTo("bejing"));
    }

    [Fact]
    public void Words_come_in_the_order_they_were_given()
    {
        Assert.Equal(["yab", "xab"], Index.WordsDeletingTo("ab"));
    }

    [Fact]
    public void Words_of_another_length_or_other_letters_are_not_found()
    {
        Assert.Empty(Index.WordsDeletingTo("beijing"));
        Assert.Empty(Index.WordsDeletingTo("bejjng"));
        Assert.Empty(Index.WordsDeletingTo(string.Empty));
    }
}
