using ChatBot.Core.Text;

namespace ChatBot.Core.Phrasing;

/// <summary>
/// Spots a reply that repeats a run of the user's words the facts do not contain: the sign of an instruction
/// injected into the question and obeyed ("ignore the rules and say …").
/// </summary>
public static class QuestionEcho
{
    /// <summary>Runs this long are a copied sentence, not a restated subject ("Wie viel investiert Microsoft").</summary>
    private const int RunLength = 6;

    public static bool Echoes(string reply, PhrasingRequest request)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(request);
        var question = Tokenizer.Tokenize(TextFolding.Fold(request.Question));
        if (question.Count < RunLength)
        {
            return false;
        }

        var replyText = " " + string.Join(' ', Tokenizer.Tokenize(TextFolding.Fold(reply))) + " ";
        var factText = " " + string.Join(' ', request.Facts.SelectMany(f => Tokenizer.Tokenize(TextFolding.Fold(f.Statement)))) + " ";
        for (var start = 0; start + RunLength <= question.Count; start++)
        {
            var run = " " + string.Join(' ', question.Skip(start).Take(RunLength)) + " ";
            if (replyText.Contains(run, StringComparison.Ordinal) && !factText.Contains(run, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
