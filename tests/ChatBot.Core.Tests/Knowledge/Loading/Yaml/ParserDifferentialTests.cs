using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Tests.Knowledge.Loading.Yaml;

/// <summary>
/// The hand-written parser stays (YamlDotNet takes 15× as long on the 100,000-fact folder, see README), so it must
/// never disagree with YamlDotNet: over a corpus of mutated knowledge files, whatever the fast parser accepts must
/// give YamlDotNet's tree exactly; anything else it must give up on, so the loader falls back to YamlDotNet.
/// </summary>
public class ParserDifferentialTests
{
    private static readonly string[] Insertions = [": ", "#", "- ", "\"", "'", "[", "]", "{", "}", ",", "\n", "\n  ", "  ", "\t", "&a ", "*a", "|", ">", "? ", "!tag ", "%", "@", "`"];

    [Fact]
    public void TryParse_MutatedKnowledgeFiles_AgreesWithYamlDotNetOrGivesUp()
    {
        var random = new Random(8);
        var checkedAccepted = 0;
        foreach (var file in RepositoryFiles.CuratedKnowledgeTexts())
        {
            for (var i = 0; i < 150; i++)
            {
                var mutated = Mutate(file.Text, random);
                if (!FastYamlParser.TryParse(mutated, out var fast))
                {
                    continue;
                }

                var expected = YamlDotNetFallback.Parse(mutated);
                Assert.True(expected.Error is null, $"fast parser accepted what YamlDotNet rejects ({expected.Error?.Message}) in:\n{mutated}");
                Assert.Equal(YamlModelText.Of(expected.Root), YamlModelText.Of(fast));
                checkedAccepted++;
            }
        }

        Assert.True(checkedAccepted > 100, $"only {checkedAccepted} mutations were accepted by the fast parser; the corpus tests too little");
    }

    private static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length);
        return random.Next(5) switch
        {
            0 => text[..at],
            1 => text.Remove(at, 1),
            2 => text.Insert(at, Insertions[random.Next(Insertions.Length)]),
            3 => DuplicateLine(text, at),
            _ => text.Insert(text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1, " "),
        };
    }

    private static string DuplicateLine(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        end = end < 0 ? text.Length : end + 1;
        return text.Insert(end, text[start..end]);
    }
}
