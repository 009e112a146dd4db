using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Ingest;

public sealed class SubjectLocatorTests
{
    private static readonly AliasIndex Aliases = AliasIndex.Build(
    [
        Company("acme", "Acme", "Acme Cloud"),
        Company("beta", "Beta"),
        Company("drei", "Drei"),
        new Subject("big-three", TestFacts.Text("Die großen Drei", "the big three"), SubjectKind.Group, ["die großen Drei"], ["acme", "beta", "drei"]),
    ]);

    [Fact]
    public void Mentions_Sentence_KnownNamesInOrderWithTheirOffsets()
    {
        const string sentence = "Beta und Acme investieren.";

        var mentions = SubjectLocator.Mentions(sentence, Aliases);

        Assert.Equal([("beta", 0, 4), ("acme", 9, 13)], mentions.Select(m => (m.Subject.Id, m.Start, m.End)));
    }

    [Fact]
    public void Mentions_LongerAliasAtAPosition_WinsAndItsWordsAreNotReadAgain()
    {
        const string sentence = "Die großen Drei und Acme Cloud investieren.";

        var mentions = SubjectLocator.Mentions(sentence, Aliases);

        Assert.Equal([("big-three", 0, 15), ("acme", 20, 30)], mentions.Select(m => (m.Subject.Id, m.Start, m.End)));
    }

    [Fact]
    public void Mentions_PluralOrGenitiveS_NamesTheSubject()
    {
        var mention = Assert.Single(SubjectLocator.Mentions("Acmes Pläne wachsen.", Aliases));

        Assert.Equal(("acme", 0, 5), (mention.Subject.Id, mention.Start, mention.End));
    }

    [Theory]
    [InlineData("Betamax und Acmeo investieren.")]
    [InlineData("Die großen Zwei investieren.")]
    [InlineData("")]
    public void Mentions_NoKnownName_IsEmpty(string sentence)
    {
        Assert.Empty(SubjectLocator.Mentions(sentence, Aliases));
    }

    [Fact]
    public void Known_NameBeforeTheFigure_CountsAsNearerThanOneAsFarAfterIt()
    {
        // Acme is 11 characters before the figure, Beta 8 after it, which counts double (16).
        const string sentence = "Acme plant 10 Mrd. Beta.";
        var figure = sentence.IndexOf("10", StringComparison.Ordinal);

        var subject = SubjectLocator.Known(sentence, figure, Aliases);

        Assert.Equal(("acme", false, 11), (subject!.Id, subject.IsNew, subject.Distance));
    }

    [Fact]
    public void Known_NameShortlyAfterTheFigure_WinsOverOneFarBefore()
    {
        const string sentence = "Acme ist groß, sagt man, doch 10 Mrd. gibt Beta aus.";
        var figure = sentence.IndexOf("10", StringComparison.Ordinal);

        var subject = SubjectLocator.Known(sentence, figure, Aliases);

        Assert.Equal(("beta", "Beta", 2 * (sentence.IndexOf("Beta", StringComparison.Ordinal) - figure)), (subject!.Id, subject.Name, subject.Distance));
    }

    [Fact]
    public void Known_NoName_IsNull()
    {
        Assert.Null(SubjectLocator.Known("Jemand plant 10 Mrd.", 13, Aliases));
    }

    [Theory]
    [InlineData("Die Zentauris AG plant 10 Mrd.", "zentauris", "Zentauris")]
    [InlineData("Acme Inc plant 10 Mrd.", "acme", "Acme")]
    [InlineData("Acme Inc. plant 10 Mrd.", "acme", "Acme")]
    [InlineData("Acme Corp plant 10 Mrd.", "acme", "Acme")]
    [InlineData("Acme Corp. plant 10 Mrd.", "acme", "Acme")]
    [InlineData("Acme Corporation plant 10 Mrd.", "acme", "Acme")]
    [InlineData("Die Nordwerk SE plant 10 Mrd.", "nordwerk", "Nordwerk")]
    [InlineData("Die Nordwerk GmbH plant 10 Mrd.", "nordwerk", "Nordwerk")]
    [InlineData("Nordwerk Ltd plant 10 Mrd.", "nordwerk", "Nordwerk")]
    [InlineData("Nordwerk Ltd. plant 10 Mrd.", "nordwerk", "Nordwerk")]
    [InlineData("Nordwerk LLC plant 10 Mrd.", "nordwerk", "Nordwerk")]
    [InlineData("Nordwerk plc plant 10 Mrd.", "nordwerk", "Nordwerk")]
    [InlineData("Die Nordwerk Group plant 10 Mrd.", "nordwerk", "Nordwerk")]
    [InlineData("Die H&M AG plant 10 Mrd.", "h-m", "H&M")]
    [InlineData("Auch OpenAI plant 10 Mrd.", "openai", "OpenAI")]
    [InlineData("Auch SoftBank2 plant 10 Mrd.", "softbank2", "SoftBank2")]
    [InlineData("Auch IBM plant 10 Mrd.", "ibm", "IBM")]
    [InlineData("Die Übermacht AG plant 10 Mrd.", "uebermacht", "Übermacht")]
    public void Unknown_OrganisationLikeName_IsProposedAsNew(string sentence, string id, string name)
    {
        var subject = SubjectLocator.Unknown(sentence, sentence.IndexOf("10", StringComparison.Ordinal));

        Assert.Equal((id, name, true), (subject!.Id, subject.Name, subject.IsNew));
    }

    [Theory]
    // German capitalises nouns: only the word before a legal suffix is a name.
    [InlineData("Der Konkurrent plant 10 Mrd.")]
    [InlineData("Die Nordwerk Agentur plant 10 Mrd.")]
    [InlineData("Die Nordwerk Groupie plant 10 Mrd.")]
    [InlineData("Ein iPhone kostet 10 Dollar.")]
    [InlineData("Die IBMs planen 10 Mrd.")]
    [InlineData("Die AB plant 10 Mrd.")]
    public void Unknown_NoOrganisationLikeName_IsNull(string sentence)
    {
        Assert.Null(SubjectLocator.Unknown(sentence, sentence.IndexOf("10", StringComparison.Ordinal)));
    }

    public static TheoryData<string> NotOrganisations => new()
    {
        "KI", "AI", "USA", "EU", "CEO", "CFO", "GPU", "GPUs", "ID", "CNBC", "FT", "US", "UK", "IT", "IPO", "LLM", "NVIDIA",
    };

    [Theory]
    [MemberData(nameof(NotOrganisations))]
    public void Unknown_AbbreviationThatNamesNoOrganisation_IsNotProposed(string word)
    {
        var sentence = $"Die {word} Group plant 10 Mrd.";

        Assert.Null(SubjectLocator.Unknown(sentence, sentence.IndexOf("10", StringComparison.Ordinal)));
    }

    [Fact]
    public void Unknown_TwoNames_TheNearerOneCountingNamesAfterTheFigureDouble()
    {
        // Alpha Corp is 11 characters before the figure, Beta Corp 8 after it (16 counted).
        const string sentence = "Alpha Corp 10 Mrd. Beta Corp";

        var subject = SubjectLocator.Unknown(sentence, 11);

        Assert.Equal(("alpha", 11), (subject!.Id, subject.Distance));
    }

    [Fact]
    public void Unknown_TwoNamesEquallyFar_TheFirst()
    {
        // Alpha Corp 10 before the figure, Beta Corp 5 after it (10 counted).
        const string sentence = "Alpha Corp10 M Beta Corp";

        var subject = SubjectLocator.Unknown(sentence, 10);

        Assert.Equal(("alpha", 10), (subject!.Id, subject.Distance));
    }

    [Theory]
    [InlineData("Acme Corp", "acme-corp")]
    [InlineData("Über-Tech  AG", "ueber-tech-ag")]
    [InlineData("H&M", "h-m")]
    [InlineData("X1 2", "x1-2")]
    public void Slug_Name_IsItsFoldedWordsJoinedByHyphens(string name, string slug)
    {
        Assert.Equal(slug, SubjectLocator.Slug(name));
    }

    private static Subject Company(string id, string name, params string[] aliases) =>
        new(id, TestFacts.Text(name, name), SubjectKind.Company, [name, .. aliases], []);
}
