using Attache.Documents;
using Attache.Knowledge;

namespace Attache.Rules;

/// <summary>What names look like in this news: capitalised words, and Korean and Chinese family names.</summary>
internal static class NameShapes
{
    /// <summary>Korean family names in their common romanisations.</summary>
    public static readonly HashSet<string> KoreanFamilies = new(StringComparer.Ordinal)
    {
        "Kim", "Lee", "Ri", "Rhee", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Jong", "Chung", "Jeong", "Kang", "Cho", "Jo",
        "Yoon", "Yun", "Jang", "Chang", "Lim", "Rim", "Im", "Han", "Oh", "O", "Seo", "So", "Suh", "Shin", "Sin", "Kwon", "Hwang",
        "Ahn", "An", "Song", "Yoo", "Yu", "Ryu", "Hong", "Jeon", "Jon", "Chon", "Chun", "Ko", "Moon", "Mun", "Yang", "Ryang",
        "Son", "Bae", "Baek", "Paek", "Heo", "Ho", "Nam", "Sim", "Shim", "Noh", "Roh", "No", "Ha", "Kwak", "Sung", "Cha",
        "Joo", "Ju", "Woo", "U", "Koo", "Ku", "Min", "Ra", "Hyon", "Hyun", "Thae", "Tae", "Ryom", "Yom", "Pyon", "Byun", "Wi",
        "Ji", "Chae", "Kye", "Kil", "Kim", "Tak", "Pae", "Rho", "Rah", "Maeng", "Jin", "Chin", "Won", "Eom", "Um", "Ok",
    };

    /// <summary>Chinese family names in pinyin.</summary>
    public static readonly HashSet<string> ChineseFamilies = new(StringComparer.Ordinal)
    {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He",
        "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao",
        "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen",
        "Yao", "Fu", "Zhong", "Dai", "Cui", "Qin", "Xi", "Qian", "Bo", "Kong", "Mao", "Hua", "Geng", "Hong", "Wen", "Jia",
        "Meng", "Qiu", "Xue", "Yan", "Kang", "Shi", "Fan", "Fang", "Zou", "Tan", "Gu", "Hou", "Lei", "Long", "Duan", "Hao",
        "Wan", "Gong", "Shao", "Qu", "Niu", "Yin", "Bai", "Chang", "Mo", "Ning", "Zhai", "Jin", "Kou", "Ai", "Yi", "Le",
    };

    /// <summary>Capitalised words that never start or continue a person's name.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "Or", "To", "From", "By", "With", "As", "If", "It", "He",
        "She", "They", "We", "I", "His", "Her", "Their", "This", "That", "These", "Those", "There", "After", "Before", "While",
        "When", "Since", "During", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan.",
        "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Mr.", "Mrs.", "Ms.", "Dr.", "Image", "Photo",
        "Source", "File", "AFP", "AP", "Reuters", "Getty", "Images", "UPI", "Yonhap", "KCNA", "Xinhua", "Communist", "Party",
        "Army", "Ministry", "Government", "State", "People", "Republic", "Democratic", "United", "Nations", "Council", "Security",
        "Committee", "Department", "Agency", "News", "Korean", "Chinese", "Japanese", "Russian", "American", "North", "South",
        "Comrade", "Respected", "Marshal", "General", "Premier", "President", "Minister", "Chairman", "Secretary", "Leader",
        "Vice", "Deputy", "First", "Senior", "Foreign", "Defense", "Defence", "Prime", "Chief", "Supreme", "Central", "National",
        "Ambassador", "Envoy", "Special", "Director", "Head", "Spokesman", "Spokeswoman", "Officials", "Official", "Edited",
        "Related", "Latest", "Advertisement", "Subscribe", "Sign", "Click", "Get", "Join", "Download", "Share", "Read",
    };

    public static bool IsNameWord(string token)
    {
        if (token.Length == 0 || !char.IsUpper(token[0]) || NotNames.Contains(token))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsLetter(c) && c != '-' && c != '\'')
            {
                return false;
            }
        }

        return token.Length > 1 || token == "O" || token == "U";
    }

    /// <summary>Whether the token is a Korean or Chinese family name, in a plain or a McCune-Reischauer spelling (<c>Ch'oe</c>, <c>Chŏn</c>).</summary>
    public static bool IsEastAsianFamily(string token) =>
        KoreanFamilies.Contains(token) || ChineseFamilies.Contains(token)
        || (token.Length > 1 && PhraseMatcher.NeedsFolding(token) && PhraseMatcher.Key(token) is var key
            && KoreanFamilies.Contains(string.Concat(char.ToUpperInvariant(key[0]).ToString(), key.AsSpan(1))));

    /// <summary>The family name of a full name: first word for Korean and Chinese names, last otherwise.</summary>
    public static string FamilyOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && IsEastAsianFamily(words[0]) ? words[0] : words[^1];
    }

    /// <summary>The longest run of name words starting at <paramref name="start"/>, at most four tokens, or 0.</summary>
    public static int NameRun(IReadOnlyList<Token> tokens, int start, int end)
    {
        var length = 0;
        while (start + length < end && length < 4 && IsNameWord(tokens[start + length].Text)
               && (length == 0 || tokens[start + length].Start - tokens[start + length - 1].End <= 1))
        {
            length++;
        }

        return length;
    }
}
